using System.Text;
using System.Text.RegularExpressions;

namespace ClaimCompare.Tests.Api;

/// <summary>
/// The arrows of docs/DESIGN.md hold in the source: data flows one way, no stage (Text, Quantities, Entities, Places,
/// Claims, Events, Diff) uses Reporting or the Pipeline, Text uses nothing above it, and Claims does not reach into
/// Events or Diff.
/// </summary>
/// <remarks>
/// Read from the source, not the compiled assembly, because the library is one assembly: the folders are its parts. A
/// file breaks a rule when its code (comments and strings blanked) names a forbidden namespace ("using
/// ClaimCompare.Reporting;", "Pipeline.ClaimComparerBuilder") or a type that only a forbidden namespace declares
/// ("ReportText.Number(...)"). Comments may name anything: a doc comment that points a reader to the builder is no
/// dependency.
/// </remarks>
public sealed class StageDependencyTests
{
    private static readonly string[] Above = ["Reporting", "Pipeline", "Notebooks"];

    // Each row: a stage folder and the parts it must not use, from the "Never" list and the arrows of docs/DESIGN.md.
    // Notebooks is above every stage for calls; the model records name its formatter source in an attribute only
    // (the [TypeFormatterSource] of .NET Interactive), which is data, so it is listed in Attributes below.
    private static readonly (string Folder, string[] Forbidden)[] Rules =
    [
        ("Text", [.. Above, "Quantities", "Entities", "Places", "Claims", "Events", "Diff"]), // Text → nothing above it
        ("Quantities", [.. Above, "Entities", "Places", "Claims", "Events", "Diff"]), // Quantities → Text
        ("Entities", [.. Above, "Quantities", "Claims", "Events", "Diff"]), // Entities → Text (and the place kinds)
        ("Places", [.. Above, "Quantities", "Claims", "Events", "Diff"]), // the gazetteer → Entities, Text
        ("Claims", [.. Above, "Events", "Diff"]), // Claims → Quantities, Entities, Text; never into Events
        ("Events", [.. Above, "Diff"]), // Events → Claims (records), Entities, Places, Text
        ("Diff", Above), // Diff → Events, Claims (records), Quantities (interval maths)
    ];

    // A model record may carry an attribute that names its notebook formatter; it calls nothing.
    private static readonly string[] Attributes = ["TypeFormatterSource", "TypeFormatterSourceAttribute", "NotebookFormatterSource"];

    private static readonly Regex Name = new(@"(?<![\w.])[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));

    private static readonly string SourceRoot = Path.Combine(TestRepository.Root, "src", "ClaimCompare");

    /// <summary>The library's top-level types by simple name, each with the parts ("Reporting", "Events") that declare it.</summary>
    private static readonly Dictionary<string, HashSet<string>> TypeParts = typeof(ClaimComparer).Assembly.GetTypes()
        .Where(t => t.DeclaringType is null && t.Namespace is { } ns && ns.StartsWith("ClaimCompare.", StringComparison.Ordinal) && !t.Name.Contains('<', StringComparison.Ordinal))
        .GroupBy(t => t.Name.Split('`')[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(t => t.Namespace!.Split('.')[1]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    private static IEnumerable<TestCaseData> Folders() => Rules.Select(r => new TestCaseData(r.Folder, r.Forbidden).SetName("Stage " + r.Folder + " keeps to its arrows"));

    [TestCaseSource(nameof(Folders))]
    public void A_stage_uses_no_part_it_must_not(string folder, string[] forbidden)
    {
        var files = Directory.GetFiles(Path.Combine(SourceRoot, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.That(files, Is.Not.Empty, "the folder holds the stage's source");

        var found = files.SelectMany(f => Violations(File.ReadAllText(f), forbidden).Select(v => Path.GetRelativePath(SourceRoot, f) + ": " + v)).ToList();
        Assert.That(found, Is.Empty, "a stage depends on a part above it; move the code beside the records it serves instead");
    }

    private static readonly string[] Parts = ["Text", "Quantities", "Entities", "Places", "Claims", "Events", "Diff", "Pipeline"];

    private static readonly Regex Cast = new(@"\b(?:is|as)\s+(?:not\s+)?(?<type>[A-Z]\w*)|\((?<type>[A-Z]\w*)\)\s*[\w(]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));

    /// <summary>The library's top-level concrete classes that are no record (stages, workers, readers), with the part that declares each.</summary>
    private static readonly Dictionary<string, string> ConcreteClasses = typeof(ClaimComparer).Assembly.GetTypes()
        .Where(t => t.DeclaringType is null && t.IsClass && !t.IsAbstract && t.GetMethod("<Clone>$") is null
            && t.Namespace is { } ns && ns.StartsWith("ClaimCompare.", StringComparison.Ordinal) && !t.Name.Contains('<', StringComparison.Ordinal))
        .GroupBy(t => t.Name.Split('`')[0], StringComparer.Ordinal)
        .Where(g => g.Select(t => t.Namespace!.Split('.')[1]).Distinct(StringComparer.Ordinal).Count() == 1)
        .ToDictionary(g => g.Key, g => g.First().Namespace!.Split('.')[1], StringComparer.Ordinal);

    private static IEnumerable<TestCaseData> CastingParts() => Parts.Select(p => new TestCaseData(p).SetName("Part " + p + " casts to no other part's concrete class"));

    /// <summary>
    /// A stage is reached through its interface: a cast or type test to another part's concrete class ("extractor is
    /// ClaimExtractor", "inner as ResolvedDocumentEntities") silently drops whatever a custom implementation does. A
    /// test for an interface that says what a stage can do ("reader is IAnalyzedDocumentReader") is the contract.
    /// </summary>
    [TestCaseSource(nameof(CastingParts))]
    public void A_part_reaches_another_through_its_interfaces(string part)
    {
        var found = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(SourceRoot, part), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            found.AddRange(Casts(File.ReadAllText(file), part).Select(c => Path.GetRelativePath(SourceRoot, file) + ": " + c));
        }

        Assert.That(found, Is.Empty);
    }

    // Each row: code and what the cast check must say of it from inside Claims.
    [TestCase("_scanned = inner as ResolvedDocumentEntities;", "as ResolvedDocumentEntities")]
    [TestCase("if (clusterer is EventClusterer concrete) { }", "is EventClusterer")]
    [TestCase("var c = (EventLinker)linker;", "(EventLinker)l")]
    [TestCase("_scanned = inner as IPhraseReadingEntities; if (x is Claim c) { } if (y is SourceAttributor s) { }", "")]
    public void The_cast_check_finds_casts_to_other_parts_classes(string code, string expected)
    {
        Assert.That(string.Join(" | ", Casts(code, "Claims")), Is.EqualTo(expected));
    }

    private static IEnumerable<string> Casts(string source, string part)
    {
        foreach (Match m in Cast.Matches(Blank(source)))
        {
            if (ConcreteClasses.TryGetValue(m.Groups["type"].Value, out var declaring) && !string.Equals(declaring, part, StringComparison.Ordinal))
            {
                yield return string.Join(" ", m.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
        }
    }

    // Each row: code and what the check must say of it, so the rule above cannot pass by finding nothing.
    [TestCase("using ClaimCompare.Reporting;", "ClaimCompare.Reporting")]
    [TestCase("using static global::ClaimCompare.Pipeline.PipelineLog;", "ClaimCompare.Pipeline.PipelineLog")]
    [TestCase("var s = ReportText.Number(3);", "ReportText.Number")]
    [TestCase("/// <see cref=\"Pipeline.ClaimComparerBuilder\"/>\nvar b = new Pipeline.ClaimComparerBuilder();", "Pipeline.ClaimComparerBuilder")]
    [TestCase("// ReportText in a comment, \"DisagreementReading\" in a string: no dependency\nvar s = \"ReportText\";", "")]
    [TestCase("Reporting.Add(verb, true); // a member named like the part", "")]
    [TestCase("var t = EntityType.Place;", "")]
    [TestCase("record R(int Phrase); var x = (List: 1, Phrase: 2);", "")]
    [TestCase("ReportWriterOptions options = new ReportWriterOptions();", "ReportWriterOptions | ReportWriterOptions")]
    [TestCase("[Notebooks.TypeFormatterSource(typeof(Notebooks.NotebookFormatterSource))]\nclass C;", "")]
    public void The_check_finds_references_in_code_not_in_comments(string code, string expected)
    {
        Assert.That(string.Join(" | ", Violations(code, Above)), Is.EqualTo(expected));
    }

    private static IEnumerable<string> Violations(string source, string[] forbidden)
    {
        var code = Blank(source);
        foreach (Match m in Name.Matches(code))
        {
            var segments = m.Value.Split('.').Select(s => s.Trim()).ToArray();
            var first = segments[0];
            var qualified = string.Equals(first, "ClaimCompare", StringComparison.Ordinal) && segments.Length > 1;
            var part = qualified ? segments[1] : first;
            var type = segments.Length > (qualified ? 2 : 1) ? segments[qualified ? 2 : 1] : null;
            if ((type is not null && Attributes.Contains(type)) || Attributes.Contains(first))
            {
                continue;
            }

            // "ClaimCompare.Reporting…", "Pipeline.ClaimComparerBuilder" (a part named from inside ClaimCompare), or a
            // type that only forbidden parts declare, named as itself ("ReportText.Number": a member access after it).
            var namesPart = forbidden.Contains(part) && (qualified || (type is not null && TypeParts.TryGetValue(type, out var parts) && parts.Contains(part)));
            var namesType = !qualified && TypeParts.TryGetValue(first, out var declaring) && declaring.All(forbidden.Contains) && UsedAsType(code, m, segments.Length);
            if (namesPart || namesType)
            {
                yield return m.Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>
    /// Whether a bare name is used as a type: a member access on it ("ReportText.Number"), a declaration ("ReportText x",
    /// "List&lt;…&gt;"), "new ReportText" or "typeof(ReportText)". A member, parameter or tuple element that happens to share
    /// a type's name ("int Phrase)", "a.Phrase") is not.
    /// </summary>
    private static bool UsedAsType(string code, Match m, int segments)
    {
        if (segments > 1)
        {
            return true;
        }

        var after = m.Index + m.Length;
        while (after < code.Length && char.IsWhiteSpace(code[after]))
        {
            after++;
        }

        var before = m.Index;
        while (before > 0 && char.IsWhiteSpace(code[before - 1]))
        {
            before--;
        }

        return (after < code.Length && (char.IsLetter(code[after]) || code[after] is '_' or '<'))
            || Ends(code, before, "new") || Ends(code, before, "typeof(");

        static bool Ends(string code, int end, string word) => end >= word.Length && At(code, end - word.Length, word);
    }

    /// <summary>Blanks comments, strings and character literals, keeping everything else in place.</summary>
    private static string Blank(string source)
    {
        var text = new StringBuilder(source.Length);
        var i = 0;
        while (i < source.Length)
        {
            var end = i;
            if (At(source, i, "//"))
            {
                end = source.IndexOf('\n', i) is var n && n >= 0 ? n : source.Length;
            }
            else if (At(source, i, "/*"))
            {
                end = source.IndexOf("*/", i + 2, StringComparison.Ordinal) is var n && n >= 0 ? n + 2 : source.Length;
            }
            else if (At(source, i, "\"\"\""))
            {
                end = source.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal) is var n && n >= 0 ? n + 3 : source.Length;
            }
            else if (source[i] == '"' || ((source[i] is '@' or '$') && StringStart(source, i) is > 0))
            {
                end = StringEnd(source, i);
            }
            else if (source[i] == '\'' && i + 2 < source.Length && (source[i + 2] == '\'' || source[i + 1] == '\\'))
            {
                end = source.IndexOf('\'', i + 2) + 1;
            }

            if (end > i)
            {
                text.Append(' ', end - i);
                i = end;
            }
            else
            {
                text.Append(source[i++]);
            }
        }

        return text.ToString();
    }

    private static bool At(string source, int i, string token) => string.CompareOrdinal(source, i, token, 0, token.Length) == 0;

    /// <summary>Where the quote of a "$"/"@" string starts, or 0 when the prefix starts no string.</summary>
    private static int StringStart(string source, int i)
    {
        var q = i;
        while (q < source.Length && source[q] is '@' or '$')
        {
            q++;
        }

        return q < source.Length && source[q] == '"' ? q : 0;
    }

    private static int StringEnd(string source, int i)
    {
        var quote = source[i] == '"' ? i : StringStart(source, i);
        var verbatim = source.AsSpan(i, quote - i).Contains('@');
        for (var k = quote + 1; k < source.Length; k++)
        {
            if (source[k] == '\\' && !verbatim)
            {
                k++;
            }
            else if (source[k] == '"')
            {
                if (verbatim && k + 1 < source.Length && source[k + 1] == '"')
                {
                    k++;
                    continue;
                }

                return k + 1;
            }
        }

        return source.Length;
    }
}
