using System.Reflection;
using System.Xml.Linq;

namespace ClaimCompare.Tests.Api;

/// <summary>The public surface changes only on purpose, and every part of it is documented.</summary>
public sealed class PublicApiTests
{
    private const string ApprovedFile = "tests/ClaimCompare.Tests/Api/PublicApi.approved.txt";
    private const string ReceivedFile = "tests/ClaimCompare.Tests/Api/PublicApi.received.txt";

    private static readonly Assembly Library = typeof(ClaimComparer).Assembly;

    // "thread-safe", "not thread-safe", "safe to call from many threads at once": any sentence about threads.
    private static readonly string[] ThreadSafetyWords = ["thread-safe", "thread safe", "threadsafe", "threads"];

    [Test]
    public void Public_api_matches_the_approved_listing()
    {
        var listing = PublicApiListing.Generate(Library);
        var approvedPath = Path.Combine(TestRepository.Root, ApprovedFile);
        var receivedPath = Path.Combine(TestRepository.Root, ReceivedFile);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (string.Equals(listing, approved, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CLAIMCOMPARE_ACCEPT"), "1", StringComparison.Ordinal))
        {
            File.WriteAllText(approvedPath, listing);
            File.Delete(receivedPath);
            Assert.Pass("Accepted the new public API listing.");
        }

        File.WriteAllText(receivedPath, listing);
        var approvedLines = approved.Split('\n').ToHashSet(StringComparer.Ordinal);
        var receivedLines = listing.Split('\n').ToHashSet(StringComparer.Ordinal);
        var added = receivedLines.Except(approvedLines).Take(20);
        var removed = approvedLines.Except(receivedLines).Take(20);
        Assert.Fail("The public API changed. If that is deliberate, copy " + ReceivedFile + " over " + ApprovedFile
            + " (or run the tests with CLAIMCOMPARE_ACCEPT=1).\nAdded:\n  " + string.Join("\n  ", added) + "\nRemoved:\n  " + string.Join("\n  ", removed));
    }

    [Test]
    public void Listing_is_stable_and_covers_the_entry_points()
    {
        var first = PublicApiListing.Generate(Library);
        var second = PublicApiListing.Generate(Library);
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Contain("public static class ClaimCompare.ClaimComparer\n"));
        Assert.That(first, Does.Contain("static method ClaimCompare.ComparisonReport Compare(System.Collections.Generic.IEnumerable<ClaimCompare.Document> documents, System.Threading.CancellationToken cancellationToken = default)"));
        Assert.That(first, Does.Not.Contain("Notebooks"), "the notebook formatters are internal: kernels find them by name");
    }

    [Test]
    public void Every_public_type_and_member_has_xml_docs()
    {
        var docs = DocumentedIds();
        var missing = new List<string>();
        foreach (var type in PublicApiListing.PublicTypes(Library))
        {
            if (!docs.ContainsKey(DocumentationIds.Of(type)))
            {
                missing.Add(DocumentationIds.Of(type));
            }

            foreach (var member in PublicApiListing.VisibleMembers(type).Where(m => !DocumentationIds.IsSynthesized(m)))
            {
                // An implicit parameterless constructor has no source to document, and an explicit public one
                // without docs would already fail the build (CS1591 is an error here).
                var implicitConstructor = member is ConstructorInfo { IsStatic: false } ctor && ctor.GetParameters().Length == 0;
                if (DocumentationIds.Of(member) is { } id && !docs.ContainsKey(id) && !implicitConstructor)
                {
                    missing.Add(id);
                }
            }
        }

        Assert.That(missing, Is.Empty, "members without XML docs");
    }

    [Test]
    public void Every_public_type_says_whether_it_is_thread_safe()
    {
        var docs = DocumentedIds();
        var silent = PublicApiListing.PublicTypes(Library)
            .Where(t => !t.IsEnum) // an enum value is a constant: nothing to share or mutate
            .Where(t => !docs.TryGetValue(DocumentationIds.Of(t), out var element) || !SaysThreadSafety(element))
            .Select(t => t.FullName)
            .ToList();
        Assert.That(silent, Is.Empty, "public types whose summary or remarks say nothing on thread-safety");
    }

    private static bool SaysThreadSafety(XElement member)
    {
        var text = string.Join(" ", member.Elements("summary").Concat(member.Elements("remarks")).Select(e => e.Value)).ReplaceLineEndings(" ");
        return ThreadSafetyWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static Dictionary<string, XElement> DocumentedIds()
    {
        var path = Path.ChangeExtension(Library.Location, ".xml");
        Assert.That(File.Exists(path), Is.True, "the library's XML docs are copied next to it: " + path);
        return XDocument.Load(path).Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .GroupBy(m => m.Attribute("name")!.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }
}
