using System.Text;
using System.Text.Json;
using ClaimCompare.Claims;
using ClaimCompare.Pipeline;
using ClaimCompare.Quantities;
using ClaimCompare.Reporting;
using ClaimCompare.Text;

namespace ClaimCompare.Tests.Reliability;

/// <summary>
/// The invariants every run of the pipeline must keep, whatever the text: the fuzz target and the
/// property tests call these. Stateless and thread-safe (the pipeline it uses is immutable).
/// </summary>
internal static class PipelineInvariants
{
    // One pipeline for every check: a built pipeline is meant to be shared, and sharing it here also
    // exercises that.
    public static ClaimComparerPipeline Pipeline { get; } = ClaimComparer.CreateBuilder().Build();

    private static readonly QuantityRecognizer Recognizer = new();

    // How an SVG coordinate or size that is not finite looks after invariant-culture formatting.
    private static readonly string[] NonFiniteAttributes = ["=\"NaN\"", "=\"Infinity\"", "=\"-Infinity\"", "=\"∞\"", "=\"-∞\""];

    // A number phrase cut by MaxDocumentLength ("1,000" read as "1,0") may read differently on each side
    // of the cut; phrases this close to the cut are covered by the truncation diagnostic instead.
    private const int NumberAtCutMargin = 200;

    /// <summary>Runs the whole pipeline on one text and checks every invariant; throws on a violation or a crash.</summary>
    public static ComparisonReport FuzzOne(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = new Document("fuzz.txt", text);
        var read = Pipeline.Extractor.Extract(document);
        CheckDocument(text, read);
        var report = Pipeline.Compare([document]);
        CheckReport(report, new Dictionary<string, string>(StringComparer.Ordinal) { ["fuzz.txt"] = text });
        CheckEveryFormat(report);
        return report;
    }

    /// <summary>Decodes bytes as a reader of untrusted files would (invalid UTF-8 becomes U+FFFD) and runs <see cref="FuzzOne(string)"/>.</summary>
    public static ComparisonReport FuzzOne(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        return FuzzOne(Document.FromStream("fuzz.txt", stream).Text);
    }

    public static void CheckDocument(string text, DocumentClaims read, int maxDocumentLength = int.MaxValue)
    {
        foreach (var sentence in read.Sentences)
        {
            Require(Inside(sentence.Span, text), $"sentence {sentence} lies outside the text of length {text.Length}");
        }

        var quantities = Recognizer.Recognize(text);
        foreach (var quantity in quantities)
        {
            CheckQuantity(text, quantity);
        }

        foreach (var claim in read.Claims)
        {
            CheckClaim(text, claim);
        }

        foreach (var mention in read.Unclassified)
        {
            CheckQuantity(text, mention.Quantity);
        }

        // Nothing silently lost: each number the recogniser finds is in a claim or listed as unclassified,
        // unless the document was cut at MaxDocumentLength, which a diagnostic reports.
        var accounted = new HashSet<TextSpan>(read.Unclassified.Select(u => u.Quantity.Span));
        accounted.UnionWith(read.Claims.Where(c => c.Quantity is not null).Select(c => c.Quantity!.Span));
        var truncated = read.Diagnostics.Any(d => d.Contains("MaxDocumentLength", StringComparison.Ordinal));
        foreach (var quantity in quantities)
        {
            Require(
                accounted.Contains(quantity.Span) || (truncated && quantity.Span.End > maxDocumentLength - NumberAtCutMargin),
                $"number \"{quantity.Text}\" at {quantity.Span} is neither in a claim nor listed as unclassified");
        }
    }

    public static void CheckReport(ComparisonReport report, IReadOnlyDictionary<string, string> texts)
    {
        foreach (var claim in report.Claims)
        {
            Require(texts.ContainsKey(claim.DocumentId), $"claim {claim.Id} names unknown document {claim.DocumentId}");
            CheckClaim(texts[claim.DocumentId], claim);
        }

        foreach (var mention in report.Unclassified)
        {
            CheckQuantity(texts[mention.DocumentId], mention.Quantity);
        }

        Require(report.Documents.Select(d => d.Id).SequenceEqual(report.Documents.Select(d => d.Id).Order(StringComparer.Ordinal)), "documents are not ordered by id");
        Require(report.Claims.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() == report.Claims.Count, "claim ids are not unique");
        foreach (var disagreement in report.Disagreements)
        {
            foreach (var side in disagreement.Sides)
            {
                RequireOrdered(side.Interval, $"disagreement {disagreement.Id} side {side.Label}");
            }
        }

        CheckJsonRoundTrip(report);
    }

    /// <summary>
    /// Writes the report as text, Markdown and HTML (JSON is checked field by field in <see cref="CheckJsonRoundTrip"/>):
    /// each must finish, be non-empty, and the HTML chart must draw only finite coordinates.
    /// </summary>
    public static void CheckEveryFormat(ComparisonReport report)
    {
        foreach (var format in (ReadOnlySpan<ReportFormat>)[ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Html])
        {
            var output = ReportWriter.ToString(report, format);
            Require(output.Length > 0, $"{format} report is empty");
            if (format == ReportFormat.Html)
            {
                // Document text is HTML-encoded (a quote becomes &quot;), so a whole attribute value that is NaN or
                // an infinity can only be one the formatter wrote: a coordinate or size that is not finite.
                Require(
                    !NonFiniteAttributes.Any(a => output.Contains(a, StringComparison.Ordinal)),
                    "HTML report draws a coordinate that is not finite");
            }
        }
    }

    /// <summary>Serialises with the library's JSON writer, parses with System.Text.Json and compares the fields back.</summary>
    public static void CheckJsonRoundTrip(ComparisonReport report)
    {
        var json = ReportWriter.ToString(report, ReportFormat.Json);
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        var claims = root.GetProperty("claims");
        Require(claims.GetArrayLength() == report.Claims.Count, "JSON claim count differs");
        var i = 0;
        foreach (var element in claims.EnumerateArray())
        {
            var claim = report.Claims[i++];
            Require(string.Equals(element.GetProperty("id").GetString(), claim.Id, StringComparison.Ordinal), $"JSON id differs for {claim.Id}");
            Require(string.Equals(element.GetProperty("document").GetString(), claim.DocumentId, StringComparison.Ordinal), $"JSON document differs for {claim.Id}");
            Require(element.GetProperty("start").GetInt32() == claim.Evidence.Start, $"JSON start differs for {claim.Id}");
            Require(element.GetProperty("end").GetInt32() == claim.Evidence.End, $"JSON end differs for {claim.Id}");
            Require(string.Equals(element.GetProperty("evidence").GetString(), AsUtf8(claim.EvidenceText), StringComparison.Ordinal), $"JSON evidence differs for {claim.Id}");
            if (claim.Kind != ClaimKind.Responsibility)
            {
                Require(SameNumber(element.GetProperty("low"), claim.Interval.Low), $"JSON low differs for {claim.Id}");
                Require(SameNumber(element.GetProperty("high"), claim.Interval.High), $"JSON high differs for {claim.Id}");
            }
        }

        Require(root.GetProperty("documents").GetArrayLength() == report.Documents.Count, "JSON document count differs");
        Require(root.GetProperty("events").GetArrayLength() == report.Events.Count, "JSON event count differs");
        Require(root.GetProperty("disagreements").GetArrayLength() == report.Disagreements.Count, "JSON disagreement count differs");
        var unclassified = root.GetProperty("unclassified");
        Require(unclassified.GetArrayLength() == report.Unclassified.Count, "JSON unclassified count differs");
        i = 0;
        foreach (var element in unclassified.EnumerateArray())
        {
            var mention = report.Unclassified[i++];
            Require(string.Equals(element.GetProperty("text").GetString(), AsUtf8(mention.Quantity.Text), StringComparison.Ordinal), "JSON unclassified text differs");
            Require(element.GetProperty("reason").GetString()!.Length > 0, "JSON unclassified reason is empty");
        }
    }

    private static void CheckClaim(string text, Claim claim)
    {
        Require(Inside(claim.Evidence, text), $"claim evidence {claim.Evidence} lies outside the text of length {text.Length}");
        Require(string.Equals(claim.EvidenceText, text[claim.Evidence.Start..claim.Evidence.End], StringComparison.Ordinal), $"claim evidence text differs from text{claim.Evidence}");
        Require(Inside(claim.Sentence, text), $"claim sentence {claim.Sentence} lies outside the text");
        RequireOrdered(claim.Interval, "claim " + claim.Id);

        // A toll or count is never negative (issue 18, item 5): "-22 people were killed" is a dash, not a sign.
        Require(claim.Kind == ClaimKind.Responsibility || claim.Interval.Low is not < 0, $"claim {claim.Id} counts below zero: {claim.Interval}");
        if (claim.Quantity is { } quantity)
        {
            CheckQuantity(text, quantity);
        }
    }

    private static void CheckQuantity(string text, Quantity quantity)
    {
        Require(Inside(quantity.Span, text), $"quantity span {quantity.Span} lies outside the text of length {text.Length}");
        Require(quantity.Span.End > quantity.Span.Start, $"quantity at {quantity.Span} is empty");
        Require(string.Equals(quantity.Text, text[quantity.Span.Start..quantity.Span.End], StringComparison.Ordinal), $"quantity text \"{quantity.Text}\" differs from text{quantity.Span}");
        RequireOrdered(quantity.Interval, $"quantity \"{quantity.Text}\"");
    }

    private static void RequireOrdered(Interval interval, string what)
    {
        Require(interval.Low is not { } l || !double.IsNaN(l), what + ": low is NaN");
        Require(interval.High is not { } h || !double.IsNaN(h), what + ": high is NaN");
        Require(interval.Low is not { } low || interval.High is not { } high || low <= high, $"{what}: low > high in {interval}");
    }

    /// <summary>
    /// What UTF-8 JSON can hold of a string: an unpaired surrogate (only possible in text given through the API; files
    /// are decoded with replacement) is written as U+FFFD, one code unit for one, so offsets into the text still hold.
    /// </summary>
    public static string AsUtf8(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));

    private static bool SameNumber(JsonElement element, double? value) =>
        value is { } v && double.IsFinite(v) ? element.ValueKind == JsonValueKind.Number && element.GetDouble() == v : element.ValueKind == JsonValueKind.Null;

    private static bool Inside(TextSpan span, string text) => span.Start >= 0 && span.Start <= span.End && span.End <= text.Length;

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolationException(message);
        }
    }
}
