namespace ClaimCompare.Pipeline;

/// <summary>How far a comparison has got: documents read out of the total, and the rate.</summary>
/// <remarks>An immutable value; thread-safe.</remarks>
/// <param name="DocumentsDone">Documents read so far.</param>
/// <param name="DocumentsTotal">Documents in the comparison, or 0 while unknown (documents streamed from an enumerable that cannot count them ahead).</param>
/// <param name="Elapsed">Time since the comparison started.</param>
public readonly record struct CompareProgress(int DocumentsDone, int DocumentsTotal, TimeSpan Elapsed)
{
    /// <summary>Gets the documents read per second so far (0 before the first).</summary>
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? DocumentsDone / Elapsed.TotalSeconds : 0;

    /// <inheritdoc/>
    public override string ToString() =>
        DocumentsTotal > 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{DocumentsDone}/{DocumentsTotal} documents, {DocumentsPerSecond:0.#}/s")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{DocumentsDone} documents, {DocumentsPerSecond:0.#}/s");
}
