using System.Globalization;
using System.Text.Json.Nodes;
using ClaimCompare.Reporting;

namespace ClaimCompare.Tests.Reliability;

/// <summary>
/// File names are labels, not content (issue 18, item 6): renaming or reordering the documents gives the same report
/// apart from the names, and an event's date and label, a side's voices and a disagreement's type never come from them.
/// </summary>
public sealed class FileNameIndependenceTests
{
    private static string DocsDirectory => Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpora", "dev", "docs");

    // The repro: the Jolo cathedral reports, whose event moved between 2019-01-27 and 2019-01-28 when two files were renamed.
    private static Document[] Jolo() =>
        [.. Directory.GetFiles(DocsDirectory, "jolo19-*.txt").Order(StringComparer.Ordinal).Select(Document.FromFile)];

    [Test]
    public void Renaming_the_files_to_reverse_their_order_changes_nothing_but_the_names()
    {
        var documents = Jolo();
        Assume.That(documents, Has.Length.GreaterThanOrEqualTo(3));

        // New names that sort in the opposite order, so every "first document" becomes the last.
        var renamed = documents.Select((d, i) => d with { Id = "r" + (documents.Length - i).ToString("00", CultureInfo.InvariantCulture) + ".txt" }).ToArray();
        var back = documents.Select((d, i) => (New: renamed[i].Id, Old: d.Id)).ToDictionary(p => p.New, p => p.Old, StringComparer.Ordinal);

        var original = Canonical(Json(ClaimComparer.Compare(documents)), name => name);
        var after = Canonical(Json(ClaimComparer.Compare(renamed)), name => back.TryGetValue(name, out var old) ? old : name);
        Assert.That(after, Is.EqualTo(original));
    }

    [Test]
    public void Reordering_the_arguments_gives_identical_bytes()
    {
        var documents = Jolo();
        var expected = Json(ClaimComparer.Compare(documents));
        Assert.That(Json(ClaimComparer.Compare([.. documents.Reverse()])), Is.EqualTo(expected));
    }

    [Test]
    public void A_document_without_an_outlet_speaks_as_unattributed_never_by_its_file_name()
    {
        var documents = Jolo();
        var report = ClaimComparer.Compare(documents);
        var names = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var voices = report.Disagreements.SelectMany(d => d.Sides).SelectMany(s => s.Voices).ToList();
        Assume.That(voices, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(voices.Select(v => v.Source).Where(names.Contains), Is.Empty, "a file name stood in as a voice");
            Assert.That(voices.Select(v => v.Source), Does.Contain("unattributed"), "documents without outlets carry unattributed claims");
        });
    }

    [Test]
    public void Unattributed_voices_of_two_documents_stay_two_voices()
    {
        // Two documents without outlets or speakers that disagree: two voices, so a conflict, not one voice revising itself.
        var a = new Document("a.txt", "A bomb exploded in Jolo on Sunday, January 27, 2019. Twenty people were killed in the blast.");
        var b = new Document("b.txt", "A bomb exploded in Jolo on Sunday, January 27, 2019. Twenty-seven people were killed in the blast.");
        var report = ClaimComparer.Compare([a, b]);
        var killed = report.Disagreements.Where(d => d.Kind == ClaimCompare.Claims.ClaimKind.Killed).ToList();
        Assume.That(killed, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(killed[0].Sides.SelectMany(s => s.Voices).Count(), Is.EqualTo(2));
            Assert.That(killed[0].Sides.SelectMany(s => s.Voices).Select(v => v.Source), Is.All.EqualTo("unattributed"));
        });
    }

    private static string Json(ComparisonReport report) => ReportWriter.ToString(report, ReportFormat.Json);

    /// <summary>
    /// The report with every file name mapped by <paramref name="name"/> and every id replaced by what it stands for (a
    /// claim by its document, span and kind; an event by its claims), lists of independent things sorted: what must not
    /// depend on the names.
    /// </summary>
    private static string Canonical(string json, Func<string, string> name)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var claimKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var claims = new List<string>();
        foreach (var c in root["claims"]!.AsArray())
        {
            var key = string.Join("|", name((string)c!["document"]!), (string?)c["kind"], c["start"]!.ToJsonString(), c["end"]!.ToJsonString(), (string?)c["actor"]);
            claimKey[(string)c["id"]!] = key;
            claims.Add(key + " " + c["low"]?.ToJsonString() + " " + c["high"]?.ToJsonString() + " " + (string?)c["source"] + " " + (string?)c["polarity"]);
        }

        var eventKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var events = new List<string>();
        foreach (var e in root["events"]!.AsArray())
        {
            var members = e!["claims"]!.AsArray().Select(c => claimKey[(string)c!]).Order(StringComparer.Ordinal);
            var key = string.Join(",", members);
            eventKey[(string)e["id"]!] = key;
            events.Add(string.Join(" / ", (string?)e["label"], (string?)e["date"], (string?)e["reason"], (string?)e["place"], (string?)e["trigger"], key));
        }

        var disagreements = new List<string>();
        foreach (var d in root["disagreements"]!.AsArray())
        {
            var sides = d!["sides"]!.AsArray().Select(s => string.Join(",", s!.AsArray().Select(c => claimKey[(string)c!]).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);
            var voices = (d["sideDetails"]?.AsArray() ?? [])
                .SelectMany(s => (s?["voices"]?.AsArray() ?? []).Select(v => (string?)v!["source"] + ":" + string.Join(",", v["documents"]!.AsArray().Select(x => name((string)x!)).Order(StringComparer.Ordinal))))
                .Order(StringComparer.Ordinal);
            disagreements.Add(string.Join(" / ", (string?)d["type"], (string?)d["kind"], (string?)d["subject"], d["severity"]?.ToJsonString(), eventKey[(string)d["event"]!], string.Join(" vs ", sides), string.Join("; ", voices)));
        }

        claims.Sort(StringComparer.Ordinal);
        events.Sort(StringComparer.Ordinal);
        disagreements.Sort(StringComparer.Ordinal);
        return string.Join("\n", claims.Concat(events).Concat(disagreements));
    }
}
