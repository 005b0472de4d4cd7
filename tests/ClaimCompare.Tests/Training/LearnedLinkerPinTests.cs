using System.Text;
using ClaimCompare.Events.Linking;
using ClaimCompare.Pipeline;
using ClaimCompare.Tests.Api;

namespace ClaimCompare.Tests.Training;

/// <summary>
/// Pins what the learned linker makes of the corpora with two fixed models, the benchmark's FastTree model (60 trees)
/// and an SDCA (linear) model trained on dev + dev2 at 191d1bf: the events (claim ids per event) and the disagreements.
/// Written before the link model's evaluation was made faster, so a faster evaluation must give the same events.
/// </summary>
/// <remarks>
/// To re-pin deliberately (a new model or a change of linking), run the tests with <c>CLAIMCOMPARE_ACCEPT=1</c>, which
/// rewrites the files under <c>Training/Pinned</c> in the repository, and review the difference.
/// </remarks>
public sealed class LearnedLinkerPinTests
{
    private static readonly string[] Corpora = ["seeds", "dev", "dev2"];
    private static readonly string[] Models = ["fasttree", "sdca"];

    private static IEnumerable<TestCaseData> Cases =>
        from corpus in Corpora
        from model in Models
        select new TestCaseData(corpus, model).SetName($"Learned_linker_keeps_its_events_on_{corpus}_with_{model}");

    [TestCaseSource(nameof(Cases))]
    public void Learned_linker_keeps_its_events(string corpus, string model)
    {
        var linkModel = LinkModel.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "Training", "link-model." + model + ".json"));
        var report = new ClaimComparerBuilder().UseLinkModel(linkModel).Build().Compare(Documents(corpus));

        var text = new StringBuilder();
        foreach (var e in report.Claims.GroupBy(c => c.EventId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append(e.Key).Append(':').AppendJoin(' ', e.Select(c => c.Id)).Append('\n');
        }

        foreach (var d in report.Disagreements)
        {
            text.Append(d.ToString().ReplaceLineEndings(" ")).Append('\n');
        }

        var name = $"{corpus}.{model}.txt";
        if (string.Equals(Environment.GetEnvironmentVariable("CLAIMCOMPARE_ACCEPT"), "1", StringComparison.Ordinal))
        {
            File.WriteAllText(Path.Combine(TestRepository.Root, "tests", "ClaimCompare.Tests", "Training", "Pinned", name), text.ToString());
            Assert.Pass("Pinned " + name);
        }

        Assert.That(text.ToString(), Is.EqualTo(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Training", "Pinned", name)).ReplaceLineEndings("\n")), name);
    }

    /// <summary>The corpus's documents with their outlets and publication dates, as the evaluation reads them.</summary>
    private static List<Document> Documents(string corpus)
    {
        var root = TestContext.CurrentContext.TestDirectory;
        var (docs, outlets) = string.Equals(corpus, "seeds", StringComparison.Ordinal)
            ? (Path.Combine(root, "Data", "seeds"), Path.Combine(root, "Corpora", "seeds.outlets.csv"))
            : (Path.Combine(root, "Corpora", corpus, "docs"), Path.Combine(root, "Corpora", corpus, "outlets.csv"));
        var metadata = ClaimCompare.Training.GoldCorpus.ReadOutlets(outlets);
        var documents = new List<Document>();
        foreach (var path in Directory.GetFiles(docs, "*.txt").Order(StringComparer.Ordinal))
        {
            var document = Document.FromFile(path);
            if (metadata.TryGetValue(Path.GetFileName(path), out var row))
            {
                document = document with { Outlet = row.Outlet, PublishedOn = row.Published };
            }

            documents.Add(document);
        }

        return documents;
    }
}
