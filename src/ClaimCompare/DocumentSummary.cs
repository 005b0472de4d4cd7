namespace ClaimCompare;

/// <summary>One compared document as the report lists it.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Id">The document's id.</param>
/// <param name="Outlet">The outlet that carried it, when known.</param>
/// <param name="PublishedOn">Its publication date, when known.</param>
/// <param name="ClaimCount">How many claims were read from it.</param>
/// <param name="Diagnostics">Limits hit and other notes on reading it.</param>
public sealed record DocumentSummary(string Id, string? Outlet, DateOnly? PublishedOn, int ClaimCount, IReadOnlyList<string> Diagnostics)
{
    /// <summary>Gets the limits hit and other notes on reading the document.</summary>
    /// <value>A list that compares by value, element by element, so that equal records are <c>==</c>.</value>
    public IReadOnlyList<string> Diagnostics { get; init => field = ValueList.Of(value); } = ValueList.Of(Diagnostics);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {ClaimCount} claims{(Diagnostics.Count > 0 ? "; " + string.Join("; ", Diagnostics) : string.Empty)}";
}
