using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Events;
using ClaimCompare.Quantities;
using ClaimCompare.Reporting;
using ClaimCompare.Tests.Api;
using Json.Schema;

namespace ClaimCompare.Tests.Reporting;

/// <summary>
/// The report contract: the JSON validates against the shipped schema, reads back into a report equal to the one
/// written (as far as the JSON carries it), and writes again byte for byte; reports compare by value.
/// </summary>
public sealed class ReportContractTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "report.schema.json"))));

    private static readonly Lazy<ComparisonReport> SeedsReport = new(() => ClaimComparer.Compare(TestRepository.Seeds()));

    [Test]
    public void The_seeds_report_validates_reads_back_equal_and_writes_again_byte_for_byte()
    {
        var report = SeedsReport.Value;
        var json = ReportWriter.ToString(report, ReportFormat.Json);
        var read = ReportReader.Parse(json);
        Assert.Multiple(() =>
        {
            Assert.That(Errors(json), Is.Empty, "valid against report.schema.json");
            Assert.That(report.Disagreements, Is.Not.Empty, "the seeds hold a conflict, so sides and voices are read");
            Assert.That(read, Is.EqualTo(ReportContract.Reduce(report)), "equal to the report as the JSON carries it");
            Assert.That(read == ReportContract.Reduce(report), Is.True);
            Assert.That(ReportWriter.ToString(read, ReportFormat.Json), Is.EqualTo(json));
            Assert.That(ReportReader.Parse(ReportWriter.ToString(report, ReportFormat.Json, new ReportWriterOptions { Indented = true })), Is.EqualTo(read), "indented JSON reads the same");
        });
    }

    [Test]
    public void A_report_with_shared_sides_reads_back_with_the_sharing_and_writes_again_byte_for_byte()
    {
        var docs = Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpora", "dev2", "docs");
        var report = ClaimComparer.Compare(Directory.GetFiles(docs, "*.txt").Select(Document.FromFile));
        var json = ReportWriter.ToString(report, ReportFormat.Json);
        var read = ReportReader.Parse(json);
        var shared = read.Disagreements.SelectMany(d => d.Sides).GroupBy(s => s, ReferenceEqualityComparer.Instance).Count(g => g.Count() > 1);
        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"sharedWith\""), "the corpus has sides that disagreements share");
            Assert.That(Errors(json), Is.Empty);
            Assert.That(shared, Is.Positive, "a shared side is read as one instance, as the diff made it");
            Assert.That(read, Is.EqualTo(ReportContract.Reduce(report)));
            Assert.That(ReportWriter.ToString(read, ReportFormat.Json), Is.EqualTo(json));
        });
    }

    [Test]
    public async Task A_stream_reads_as_the_string_does()
    {
        var json = ReportWriter.ToString(SeedsReport.Value, ReportFormat.Json);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var fromStream = await ReportReader.ReadAsync(stream);
        stream.Position = 0;
        Assert.Multiple(() =>
        {
            Assert.That(fromStream, Is.EqualTo(ReportReader.Parse(json)));
            Assert.That(ReportReader.Read(stream), Is.EqualTo(fromStream));
        });
    }

    [Test]
    public void Bounds_past_the_range_of_json_and_a_nan_severity_read_back_as_written()
    {
        // JSON has no infinity: the writer writes such a bound as unbounded and a NaN severity as 0.
        var claim = new Claim("a", ClaimKind.Killed, new(0, 5), "1e999", default, new Interval(double.PositiveInfinity, null), null, "people", null, null, Attribution.Unattributed) { Id = "c1", EventId = "e1" };
        var side = new Side(["c1"], new Interval(double.PositiveInfinity, double.PositiveInfinity), "1e999", [new Voice("a", ["a"])]);
        var other = new Side(["c2"], Interval.Exactly(3), "3", [new Voice("b", ["b"])]);
        var report = new ComparisonReport(
            [new DocumentSummary("a", null, null, 1, [])],
            [claim],
            [new EventCluster("e1", "x", EventCues.None, ["c1"], "test")],
            [new Disagreement("d1", DisagreementType.Conflict, ClaimKind.Killed, "e1", "people", [side, other], double.NaN, "x")],
            []);
        var json = ReportWriter.ToString(report, ReportFormat.Json);
        Assert.Multiple(() =>
        {
            Assert.That(Errors(json), Is.Empty);
            Assert.That(ReportReader.Parse(json), Is.EqualTo(ReportContract.Reduce(report)));
        });
    }

    [Test]
    public void A_recomputed_report_equals_the_first_and_a_changed_one_does_not()
    {
        var first = SeedsReport.Value;
        var again = ClaimComparer.Compare(TestRepository.Seeds().Reverse());
        var changed = again with { Claims = [.. again.Claims.Select((c, i) => i == 0 ? c with { Subject = "trucks" } : c)] };
        Assert.Multiple(() =>
        {
            Assert.That(ReferenceEquals(first.Claims, again.Claims), Is.False, "two computations, two lists");
            Assert.That(again == first, Is.True, "records holding lists compare by value");
            Assert.That(again.GetHashCode(), Is.EqualTo(first.GetHashCode()));
            Assert.That(again.Disagreements[0].Sides[0], Is.EqualTo(first.Disagreements[0].Sides[0]));
            Assert.That(changed == first, Is.False);
            Assert.That(new EventCues(null, null, null, ["a"]), Is.EqualTo(new EventCues(null, null, null, new List<string> { "a" })));
            Assert.That(new EventCues(null, null, null, ["a"]), Is.Not.EqualTo(new EventCues(null, null, null, ["a", "b"])));
        });
    }

    [TestCase("schemaVersion", "3", TestName = "A newer schemaVersion")]
    [TestCase("claims[0].kind", "\"exploded\"", TestName = "A claim kind the contract does not name")]
    [TestCase("claims[0].low", "\"22\"", TestName = "A bound written as a string")]
    [TestCase("claims[0].start", "-1", TestName = "A negative offset")]
    [TestCase("documents[0].publishedOn", "\"25/02/2021\"", TestName = "A date not in yyyy-MM-dd")]
    [TestCase("events[0].claims", "[\"x1\"]", TestName = "An event naming something that is not a claim id")]
    [TestCase("disagreements[0].sideDetails[0].sharedWith", "{\"disagreement\": \"d1\", \"side\": 0}", TestName = "A side both written and shared")]
    [TestCase("disagreements[0].severity", "-1", TestName = "A negative severity")]
    [TestCase("claims[0].confidence", "0.9", TestName = "A field the contract does not have")]
    public void The_schema_rejects_a_broken_report(string path, string value)
    {
        var json = Replace(ReportWriter.ToString(SeedsReport.Value, ReportFormat.Json), path, value);
        Assert.That(Errors(json), Is.Not.Empty, "the schema check can fail");
    }

    [Test]
    public void The_schema_rejects_a_report_without_its_lists()
    {
        var node = JsonNode.Parse(ReportWriter.ToString(SeedsReport.Value, ReportFormat.Json))!.AsObject();
        node.Remove("claims");
        Assert.That(Errors(node.ToJsonString()), Is.Not.Empty);
    }

    [Test]
    public void The_reader_names_the_place_of_what_it_cannot_read()
    {
        var json = ReportWriter.ToString(SeedsReport.Value, ReportFormat.Json);
        Assert.Multiple(() =>
        {
            Assert.That(() => ReportReader.Parse(Replace(json, "claims[2].kind", "\"exploded\"")), Throws.TypeOf<FormatException>().With.Message.Contains("$.claims[2].kind").And.Message.Contains("killed, injured"));
            Assert.That(() => ReportReader.Parse(Replace(json, "schemaVersion", "3")), Throws.TypeOf<FormatException>().With.Message.Contains("schemaVersion 3"));
            Assert.That(() => ReportReader.Parse(Replace(json, "claims[0].kind", "\"1\"")), Throws.TypeOf<FormatException>(), "a number is not a member name");
            Assert.That(() => ReportReader.Parse(Replace(json, "disagreements[0].sideDetails[1]", "{\"label\": \"x\", \"low\": null, \"high\": null, \"sharedWith\": {\"disagreement\": \"d9\", \"side\": 0}}")), Throws.TypeOf<FormatException>().With.Message.Contains("$.disagreements[0].sides[1]: no sideDetails entry describes this side"));
            Assert.That(() => ReportReader.Parse("[]"), Throws.TypeOf<FormatException>());
            Assert.That(() => ReportReader.Parse("{"), Throws.InstanceOf<JsonException>());
        });
    }

    [TestCase(typeof(ClaimKind), "claim", "kind")]
    [TestCase(typeof(Polarity), "claim", "polarity")]
    [TestCase(typeof(Hedge), "claim", "hedge")]
    [TestCase(typeof(ClaimTiming), "claim", "timing")]
    [TestCase(typeof(DisagreementType), "disagreement", "type")]
    [TestCase(typeof(UnclassifiedReason), "unclassified", "reason")]
    public void The_schema_names_every_value_of_the_enums_the_report_writes(Type type, string definition, string property)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "report.schema.json")));
        var named = schema.RootElement.GetProperty("$defs").GetProperty(definition).GetProperty("properties").GetProperty(property).GetProperty("enum")
            .EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).ToList();
        Assert.That(named, Is.EquivalentTo(Enum.GetNames(type).Select(n => n.ToLowerInvariant())), "a new member needs the schema (and schemaVersion) to say so");
    }

    /// <summary>The schema's complaints about <paramref name="json"/>, empty when it is valid.</summary>
    private static List<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? [] : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))];
    }

    /// <summary>The JSON with the value at a simple path ("claims[0].kind") set to <paramref name="value"/>.</summary>
    private static string Replace(string json, string path, string value)
    {
        var root = JsonNode.Parse(json)!;
        var steps = path.Split('.');
        JsonNode parent = root;
        for (var i = 0; i < steps.Length - 1; i++)
        {
            parent = Step(parent, steps[i]);
        }

        var last = steps[^1];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            var index = int.Parse(last[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            parent[last[..bracket]]![index] = JsonNode.Parse(value);
        }
        else
        {
            parent[last] = JsonNode.Parse(value);
        }

        return root.ToJsonString();
    }

    private static JsonNode Step(JsonNode node, string step)
    {
        var bracket = step.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0
            ? node[step]!
            : node[step[..bracket]]![int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
    }
}
