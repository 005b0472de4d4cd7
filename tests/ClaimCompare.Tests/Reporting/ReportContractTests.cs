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
/// The report contract: the JSON validates against the shipped schema, reads back into a report <c>==</c> to the one
/// written, and writes again byte for byte; reports compare by value; a version 2 report still reads.
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
            Assert.That(read, Is.EqualTo(report), "equal to the report written, every field");
            Assert.That(read == report, Is.True);
            Assert.That(read.Claims.Select(c => c.Sentence), Has.None.EqualTo(default(ClaimCompare.Text.TextSpan)), "the sentences are carried");
            Assert.That(read.Disagreements.Select(d => d.Reason), Has.None.Null, "the reasons are carried");
            Assert.That(read.Events.Select(e => e.Basis), Has.None.EqualTo(default(EventReason)), "the events' bases are carried");
            Assert.That(ReportWriter.ToString(read, ReportFormat.Json), Is.EqualTo(json));
            Assert.That(ReportReader.Parse(ReportWriter.ToString(report, ReportFormat.Json, new ReportWriterOptions { Indented = true })), Is.EqualTo(read), "indented JSON reads the same");
        });
    }

    [TestCase("dev")]
    [TestCase("dev2")]
    public void A_report_with_shared_sides_reads_back_with_the_sharing_and_writes_again_byte_for_byte(string corpus)
    {
        var docs = Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpora", corpus, "docs");
        var report = ClaimComparer.Compare(Directory.GetFiles(docs, "*.txt").Select(Document.FromFile));
        var json = ReportWriter.ToString(report, ReportFormat.Json);
        var read = ReportReader.Parse(json);
        var shared = read.Disagreements.SelectMany(d => d.Sides).GroupBy(s => s, ReferenceEqualityComparer.Instance).Count(g => g.Count() > 1);
        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"sharedWith\""), "the corpus has sides that disagreements share");
            Assert.That(Errors(json), Is.Empty);
            Assert.That(shared, Is.Positive, "a shared side is read as one instance, as the diff made it");
            Assert.That(read, Is.EqualTo(report));
            Assert.That(read.Unclassified, Is.EqualTo(report.Unclassified), "the number parse of every unclassified mention");
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
    public void Bounds_past_the_range_of_json_and_a_nan_severity_read_back_exactly()
    {
        // JSON has no infinity: the version 2 fields write such a bound as unbounded and a NaN severity as 0; the
        // exact values sit beside them.
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
            Assert.That(ReportReader.Parse(json), Is.EqualTo(report));
            Assert.That(ReportReader.Parse(json).Disagreements[0].Severity, Is.NaN);
            Assert.That(ReportReader.Parse(json).Claims[0].Interval.Low, Is.EqualTo(double.PositiveInfinity));
            Assert.That(Node(json, "claims[0].low"), Is.Null, "the version 2 field keeps its meaning");
            Assert.That(Node(json, "claims[0].interval.low")!.GetValue<string>(), Is.EqualTo("Infinity"));
            Assert.That(Node(json, "disagreements[0].severity")!.GetValue<double>(), Is.Zero);
            Assert.That(Node(json, "disagreements[0].exactSeverity")!.GetValue<string>(), Is.EqualTo("NaN"));
            Assert.That(Node(json, "disagreements[0].sideDetails[0].interval.high")!.GetValue<string>(), Is.EqualTo("Infinity"));
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

    [TestCase("schemaVersion", "4", TestName = "A newer schemaVersion")]
    [TestCase("schemaVersion", "2", TestName = "A version 3 report that says it is version 2")]
    [TestCase("claims[0].sentence", "null", TestName = "A claim without its sentence")]
    [TestCase("claims[1].quantity.parse.low", "\"Inf\"", TestName = "A number that is neither a number nor Infinity, -Infinity or NaN")]
    [TestCase("disagreements[0].exactSeverity", "null", TestName = "A null exact severity")]
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
            Assert.That(() => ReportReader.Parse(Replace(json, "schemaVersion", "4")), Throws.TypeOf<FormatException>().With.Message.Contains("schemaVersion 4"));
            Assert.That(() => ReportReader.Parse(Replace(json, "claims[1].quantity.parse.low", "\"Inf\"")), Throws.TypeOf<FormatException>().With.Message.Contains("$.claims[1].quantity.parse.low"));
            Assert.That(() => ReportReader.Parse(Replace(json, "claims[1].sourceHedged", "1")), Throws.TypeOf<FormatException>().With.Message.Contains("$.claims[1].sourceHedged"));
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
    [TestCase(typeof(Hedge), "parse", "hedge")]
    [TestCase(typeof(Vagueness), "parse", "vagueness")]
    [TestCase(typeof(NonCountReason), "parse", "nonCount")]
    [TestCase(typeof(CountedThing), "parse", "counted")]
    public void The_schema_names_every_value_of_the_enums_the_report_writes(Type type, string definition, string property)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "report.schema.json")));
        var named = schema.RootElement.GetProperty("$defs").GetProperty(definition).GetProperty("properties").GetProperty(property).GetProperty("enum")
            .EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).ToList();
        Assert.That(named, Is.EquivalentTo(Enum.GetNames(type).Select(n => n.ToLowerInvariant())), "a new member needs the schema (and schemaVersion) to say so");
    }

    [Test]
    public void The_schema_names_every_kind_of_event_basis()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "report.schema.json")));
        var basis = schema.RootElement.GetProperty("$defs").GetProperty("event").GetProperty("properties").GetProperty("basis").GetProperty("oneOf")
            .EnumerateArray().Single(o => o.TryGetProperty("properties", out _));
        var named = basis.GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.That(named, Is.EquivalentTo(Enum.GetNames<EventReasonKind>().Select(n => n.ToLowerInvariant())));
    }

    [Test]
    public void A_version_2_report_reads_with_what_it_carries_and_writes_as_version_3_with_the_same_version_2_fields()
    {
        // The seeds' report as main wrote it before version 3 (191d1bf), stored: it holds no sentence, parse or reason.
        var v2Text = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden", "seeds.report.v2.json"));
        var read = ReportReader.Parse(v2Text);
        var v3 = JsonNode.Parse(ReportWriter.ToString(read, ReportFormat.Json))!.AsObject();
        var v2 = JsonNode.Parse(v2Text)!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(v2["schemaVersion"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(read.Claims, Has.Count.EqualTo(v2["claims"]!.AsArray().Count));
            Assert.That(read.Disagreements, Is.Not.Empty);
            Assert.That(read.Claims.Select(c => c.Sentence), Is.All.EqualTo(default(ClaimCompare.Text.TextSpan)), "version 2 has no sentence");
            Assert.That(read.Claims.Where(c => c.Quantity is not null).Select(c => c.Quantity!.Span), Is.EqualTo(read.Claims.Where(c => c.Quantity is not null).Select(c => c.Evidence)), "a claim's quantity is its evidence with its hedge");
            Assert.That(read.Disagreements.Select(d => d.Reason), Is.All.Null);
            Assert.That(read.Events.Select(e => e.Basis), Is.All.EqualTo(default(EventReason)));
            Assert.That(Errors(v3.ToJsonString()), Is.Empty, "what it reads writes as a valid version 3 report");
            Assert.That(JsonNode.DeepEquals(WithoutVersion3Fields(v3), v2), Is.True, "every version 2 field reads and writes again as it was");
        });
    }

    /// <summary>A version 3 report's JSON with the fields version 3 added removed and its version set to 2.</summary>
    private static JsonObject WithoutVersion3Fields(JsonObject report)
    {
        report["schemaVersion"] = 2;
        foreach (var claim in report["claims"]!.AsArray())
        {
            foreach (var field in new[] { "sentence", "sourceSpan", "sourceHedged", "quantity", "interval" })
            {
                claim!.AsObject().Remove(field);
            }
        }

        foreach (var e in report["events"]!.AsArray())
        {
            e!.AsObject().Remove("basis");
        }

        foreach (var d in report["disagreements"]!.AsArray())
        {
            d!.AsObject().Remove("exactSeverity");
            d.AsObject().Remove("reason");
            foreach (var side in d["sideDetails"]!.AsArray())
            {
                side!.AsObject().Remove("interval");
            }
        }

        foreach (var u in report["unclassified"]!.AsArray())
        {
            u!.AsObject().Remove("parse");
        }

        return report;
    }

    /// <summary>The node at a simple path ("claims[0].interval.low") of <paramref name="json"/>.</summary>
    private static JsonNode? Node(string json, string path) =>
        path.Split('.').Aggregate<string, JsonNode?>(JsonNode.Parse(json), (node, step) => Step(node!, step));

    /// <summary>The schema's complaints about <paramref name="json"/>, empty when it is valid.</summary>
    internal static List<string> Errors(string json)
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
            parent = Step(parent, steps[i])!;
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

    private static JsonNode? Step(JsonNode node, string step)
    {
        var bracket = step.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0
            ? node[step]
            : node[step[..bracket]]![int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)];
    }
}
