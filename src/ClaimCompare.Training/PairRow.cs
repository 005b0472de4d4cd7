using Microsoft.ML.Data;

namespace ClaimCompare.Training;

/// <summary>One training row for ML.NET: a proposed pair's features and whether the gold puts both events in one event.</summary>
/// <remarks>Mutable, as ML.NET's row binding needs; made once and only read after.</remarks>
internal sealed class PairRow
{
    /// <summary>Gets or sets a value indicating whether the two local events are one gold event.</summary>
    public bool Label { get; set; }

    /// <summary>Gets or sets the features, in <c>LinkFeatures</c> order.</summary>
    public float[] Features { get; set; } = [];

    /// <summary>Gets or sets the cross-validation group (corpus and first document): a document's pairs stay in one fold.</summary>
    public string Group { get; set; } = string.Empty;

    /// <summary>Gets or sets the first local event's gold event, qualified by its corpus (not a column: leave-one-event-out reads it).</summary>
    [NoColumn]
    public string GoldA { get; set; } = string.Empty;

    /// <summary>Gets or sets the second local event's gold event, qualified by its corpus (not a column).</summary>
    [NoColumn]
    public string GoldB { get; set; } = string.Empty;
}
