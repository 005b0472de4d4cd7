namespace ClaimCompare.Quantities;

/// <summary>Finds number phrases in text and reads each as an interval.</summary>
/// <remarks>Implementations must be immutable after construction and safe to call from many threads at once.</remarks>
public interface IQuantityRecognizer
{
    /// <summary>Returns every number phrase in <paramref name="text"/>, counts and non-counts, ordered by position.</summary>
    /// <param name="text">The text to read.</param>
    /// <returns>The quantities found, ordered by <see cref="Quantity.Span"/> start; never overlapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    IReadOnlyList<Quantity> Recognize(string text);
}
