using System.Text.Json.Serialization;

namespace ClaimCompare.Reporting;

/// <summary>The JSON shape of a comparison report (GOLD-FORMAT.md); immutable.</summary>
internal sealed record JsonReport(
    [property: JsonPropertyName("documents")] IReadOnlyList<JsonDocumentEntry> Documents,
    [property: JsonPropertyName("claims")] IReadOnlyList<JsonClaim> Claims,
    [property: JsonPropertyName("events")] IReadOnlyList<JsonEvent> Events,
    [property: JsonPropertyName("disagreements")] IReadOnlyList<JsonDisagreement> Disagreements,
    [property: JsonPropertyName("unclassified")] IReadOnlyList<JsonUnclassified> Unclassified);

/// <summary>One document in the JSON report; immutable.</summary>
internal sealed record JsonDocumentEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("publishedOn")] string? PublishedOn,
    [property: JsonPropertyName("claims")] int Claims,
    [property: JsonPropertyName("diagnostics")] IReadOnlyList<string> Diagnostics);

/// <summary>One claim in the JSON report; immutable.</summary>
internal sealed record JsonClaim(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("low")] double? Low,
    [property: JsonPropertyName("high")] double? High,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("actor")] string? Actor,
    [property: JsonPropertyName("polarity")] string? Polarity,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("hedge")] string? Hedge,
    [property: JsonPropertyName("timing")] string Timing,
    [property: JsonPropertyName("evidence")] string Evidence);

/// <summary>One event in the JSON report; immutable.</summary>
internal sealed record JsonEvent(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("trigger")] string? Trigger,
    [property: JsonPropertyName("place")] string? Place,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("actors")] IReadOnlyList<string> Actors,
    [property: JsonPropertyName("claims")] IReadOnlyList<string> Claims);

/// <summary>One disagreement in the JSON report; immutable.</summary>
internal sealed record JsonDisagreement(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("severity")] double Severity,
    [property: JsonPropertyName("explanation")] string Explanation,
    [property: JsonPropertyName("sides")] IReadOnlyList<IReadOnlyList<string>> Sides,
    [property: JsonPropertyName("sideDetails")] IReadOnlyList<JsonSide> SideDetails);

/// <summary>What one side of a disagreement says, in the JSON report; immutable.</summary>
internal sealed record JsonSide(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("low")] double? Low,
    [property: JsonPropertyName("high")] double? High,
    [property: JsonPropertyName("voices")] IReadOnlyList<JsonVoice> Voices);

/// <summary>One independent voice on a side, in the JSON report; immutable.</summary>
internal sealed record JsonVoice(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("documents")] IReadOnlyList<string> Documents);

/// <summary>A number mention that became no claim, in the JSON report; immutable.</summary>
internal sealed record JsonUnclassified(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("reason")] string Reason);
