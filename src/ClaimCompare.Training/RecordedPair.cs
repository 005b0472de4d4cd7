namespace ClaimCompare.Training;

/// <summary>One pair of local events blocking proposed, with its features (<c>LinkFeatures</c> order).</summary>
/// <param name="A">One event.</param>
/// <param name="B">The other event.</param>
/// <param name="Features">The features.</param>
internal sealed record RecordedPair(EventKey A, EventKey B, IReadOnlyList<double> Features);
