using System.Globalization;
using System.Text.Json;
using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Events;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Reporting;

/// <summary>
/// Reads a JSON report, as <see cref="ReportWriter"/> writes it with <see cref="ReportFormat.Json"/>, back into a
/// <see cref="ComparisonReport"/>: the report contract (<c>report.schema.json</c>, shipped in the package under
/// <c>schema/</c>) read the other way. Writing the report it returns gives the same JSON, byte for byte.
/// </summary>
/// <remarks>
/// <para>Stateless and thread-safe. It reads <c>schemaVersion</c> 3, 2 and the unversioned shape before them
/// (version 1, every side written in full).</para>
/// <para>Version 3 carries everything the report holds: the report read back is <c>==</c> to the one written.
/// Versions 1 and 2 carry less, and what they do not carry comes back empty: a claim's <see cref="Claim.Sentence"/>
/// is the empty span and its <see cref="Claim.Source"/> names the speaker only; a claim's <see cref="Claim.Quantity"/>
/// is its evidence with its hedge and interval (a claim whose hedge is <c>null</c> has none); an unclassified
/// mention's quantity is its text and span; an event's basis is empty; a disagreement's
/// <see cref="Disagreement.Reason"/> is <see langword="null"/> and its severity is the rounded one written.
/// A side that several disagreements share is one instance, as the diff made it.</para>
/// </remarks>
public static partial class ReportReader
{
    // The newest shape read; the writer writes it.
    private const int NewestVersion = JsonReportFormatter.SchemaVersion;

    /// <summary>Reads a JSON report from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream, read to its end; it is not closed.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The stream is not JSON.</exception>
    /// <exception cref="FormatException">The JSON is not a report of a version this reader knows; the message names the place.</exception>
    public static ComparisonReport Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var document = JsonDocument.Parse(utf8Json, Options);
        return FromJson(document.RootElement);
    }

    /// <summary>Reads a JSON report from a UTF-8 stream without blocking on it.</summary>
    /// <param name="utf8Json">The stream, read to its end; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The stream is not JSON.</exception>
    /// <exception cref="FormatException">The JSON is not a report of a version this reader knows; the message names the place.</exception>
    public static async Task<ComparisonReport> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var document = await JsonDocument.ParseAsync(utf8Json, Options, cancellationToken).ConfigureAwait(false);
        return FromJson(document.RootElement);
    }

    /// <summary>Reads a JSON report from a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    /// <exception cref="FormatException">The JSON is not a report of a version this reader knows; the message names the place.</exception>
    public static ComparisonReport Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json, Options);
        return FromJson(document.RootElement);
    }

    // Reports run to many megabytes but not deep: the writer nests six levels.
    private static JsonDocumentOptions Options => new() { MaxDepth = 16 };

    private static ComparisonReport FromJson(JsonElement root)
    {
        var at = new Place("$");
        Expect(root, JsonValueKind.Object, at);
        var v = 1;
        if (root.TryGetProperty("schemaVersion", out var version)
            && (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out v) || v < 1 || v > NewestVersion))
        {
            throw at.Error($"schemaVersion {version.GetRawText()} is not one this reader knows (1 to {NewestVersion}); a newer ClaimCompare wrote it");
        }

        // Version 3 carries the whole report; before it, what the JSON did not carry comes back empty.
        var full = v >= 3;
        var documents = Items(root, "documents", at, ReadDocument);
        var claims = Items(root, "claims", at, (e, p) => full ? ReadFullClaim(e, p) : ReadClaim(e, p));
        var events = Items(root, "events", at, (e, p) => full ? ReadEvent(e, p) with { Basis = ReadBasis(e, p) } : ReadEvent(e, p));
        var disagreements = DisagreementReading.ReadAll(Property(root, "disagreements", at), at.Then("disagreements"), full);
        var unclassified = Items(root, "unclassified", at, (e, p) => ReadUnclassified(e, p, full));
        return new ComparisonReport(documents, claims, events, disagreements, unclassified);
    }

    private static DocumentSummary ReadDocument(JsonElement e, Place at) => new(
        RequiredString(e, "id", at),
        String(e, "outlet", at),
        Date(e, "publishedOn", at),
        Int(e, "claims", at),
        Strings(e, "diagnostics", at));

    private static Claim ReadClaim(JsonElement e, Place at)
    {
        var kind = Enum<ClaimKind>(e, "kind", at);
        var evidence = new TextSpan(Int(e, "start", at), Int(e, "end", at));
        var evidenceText = RequiredString(e, "evidence", at);
        var interval = ReadInterval(e, at);
        var hedge = String(e, "hedge", at) is null ? (Hedge?)null : Enum<Hedge>(e, "hedge", at);
        var polarity = String(e, "polarity", at) is null ? (Polarity?)null : Enum<Polarity>(e, "polarity", at);
        return new Claim(
            RequiredString(e, "document", at),
            kind,
            evidence,
            evidenceText,
            Sentence: default,
            interval,
            hedge is { } h ? ClaimQuantity(evidence, evidenceText, interval, h) : null,
            String(e, "subject", at),
            String(e, "actor", at),
            polarity,
            new Attribution(String(e, "source", at)),
            String(e, "outlet", at),
            Enum<ClaimTiming>(e, "timing", at))
        {
            Id = RequiredString(e, "id", at),
            EventId = RequiredString(e, "event", at),
        };
    }

    private static EventCluster ReadEvent(JsonElement e, Place at) => new(
        RequiredString(e, "id", at),
        RequiredString(e, "label", at),
        new EventCues(String(e, "trigger", at), String(e, "place", at), Date(e, "date", at), Strings(e, "actors", at)),
        Strings(e, "claims", at),
        RequiredString(e, "reason", at));

    private static UnclassifiedMention ReadUnclassified(JsonElement e, Place at, bool full)
    {
        var span = new TextSpan(Int(e, "start", at), Int(e, "end", at));
        var text = RequiredString(e, "text", at);
        return new(
            RequiredString(e, "document", at),
            full ? ReadParse(Property(e, "parse", at), at.Then("parse"), span, text) : MentionQuantity(span, text),
            Enum<UnclassifiedReason>(e, "reason", at));
    }

    /// <summary>The quantity of a claim as the JSON keeps it: the evidence, its interval and its hedge.</summary>
    internal static Quantity ClaimQuantity(TextSpan evidence, string evidenceText, Interval interval, Hedge hedge) =>
        new(evidence, evidenceText, Value: null, interval, hedge, Vagueness.Exact);

    /// <summary>The quantity of an unclassified mention as the JSON keeps it: its text and span.</summary>
    internal static Quantity MentionQuantity(TextSpan span, string text) =>
        new(span, text, Value: null, Interval.Unbounded, Hedge.None, Vagueness.Exact);

    internal static Interval ReadInterval(JsonElement e, Place at) => new(Bound(e, "low", at), Bound(e, "high", at));

    internal static IReadOnlyList<T> Items<T>(JsonElement parent, string name, Place at, Func<JsonElement, Place, T> read)
    {
        var array = Property(parent, name, at);
        var list = Expect(array, JsonValueKind.Array, at.Then(name)).GetArrayLength() is var n ? new List<T>(n) : [];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemAt = at.Then(name, i++);
            list.Add(read(Expect(item, JsonValueKind.Object, itemAt), itemAt));
        }

        return list;
    }

    internal static JsonElement Property(JsonElement e, string name, Place at) =>
        e.TryGetProperty(name, out var value) ? value : throw at.Error($"'{name}' is missing");

    internal static JsonElement Expect(JsonElement e, JsonValueKind kind, Place at) =>
        e.ValueKind == kind ? e : throw at.Error($"expected {kind.ToString().ToLowerInvariant()}, found {e.ValueKind.ToString().ToLowerInvariant()}");

    internal static string? String(JsonElement e, string name, Place at)
    {
        var value = Property(e, name, at);
        return value.ValueKind == JsonValueKind.Null ? null : Expect(value, JsonValueKind.String, at.Then(name)).GetString();
    }

    internal static string RequiredString(JsonElement e, string name, Place at) =>
        Expect(Property(e, name, at), JsonValueKind.String, at.Then(name)).GetString()!;

    internal static int Int(JsonElement e, string name, Place at) =>
        Expect(Property(e, name, at), JsonValueKind.Number, at.Then(name)).TryGetInt32(out var value)
            ? value
            : throw at.Then(name).Error("expected a whole number");

    internal static double? Bound(JsonElement e, string name, Place at)
    {
        var value = Property(e, name, at);
        return value.ValueKind == JsonValueKind.Null ? null : Expect(value, JsonValueKind.Number, at.Then(name)).GetDouble();
    }

    internal static IReadOnlyList<string> Strings(JsonElement e, string name, Place at)
    {
        var array = Expect(Property(e, name, at), JsonValueKind.Array, at.Then(name));
        var list = new List<string>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            list.Add(Expect(item, JsonValueKind.String, at.Then(name, i++)).GetString()!);
        }

        return list;
    }

    internal static T Enum<T>(JsonElement e, string name, Place at)
        where T : struct, Enum
    {
        // The writer lower-cases the member name; a number is not a member name, though Enum.TryParse would take it.
        var text = RequiredString(e, name, at);
        return text.Length > 0 && char.IsLetter(text[0]) && System.Enum.TryParse<T>(text, ignoreCase: true, out var value)
            ? value
            : throw at.Then(name).Error($"'{text}' is not one of: {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");
    }

    private static DateOnly? Date(JsonElement e, string name, Place at) =>
        String(e, name, at) is { } text
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw at.Then(name).Error($"'{text}' is not a yyyy-MM-dd date")
            : null;

    /// <summary>Where in the document a value is, as a JSON path ("$.claims[3].kind"), for error messages.</summary>
    internal readonly record struct Place(string Path)
    {
        public Place Then(string name) => new(Path + "." + name);

        public Place Then(int index) => new(Path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");

        public Place Then(string name, int index) => new(Path + "." + name + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");

        public FormatException Error(string message) => new($"Not a ClaimCompare report: {Path}: {message}.");
    }
}
