namespace ClaimCompare.Diff;

/// <summary>One independent source on a side, with the outlets that carried it: two outlets repeating the observatory's figure are one voice.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Source">The original source ("Syrian Observatory for Human Rights"), or the outlet when the claim names none, or "unattributed" when the document's outlet is not known either (never a file name).</param>
/// <param name="Documents">Ids of the documents that carried it.</param>
public sealed record Voice(string Source, IReadOnlyList<string> Documents)
{
    /// <summary>Gets the ids of the documents that carried the source.</summary>
    /// <value>A list that compares by value, element by element, so that equal records are <c>==</c>.</value>
    public IReadOnlyList<string> Documents { get; init => field = ValueList.Of(value); } = ValueList.Of(Documents);

    /// <inheritdoc/>
    public override string ToString() => Documents.Count > 1 ? $"{Source}, carried by {Documents.Count} outlets" : Source;
}
