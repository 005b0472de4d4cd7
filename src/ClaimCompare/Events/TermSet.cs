using ClaimCompare.Text;

namespace ClaimCompare.Events;

/// <summary>The distinct content terms of a local event, as numbers of the run's <see cref="TermVocabulary"/>.</summary>
/// <remarks>Immutable by convention: the array is never written once the set is made.</remarks>
/// <param name="Pool">The pool the numbers belong to; <see langword="null"/> for the empty set.</param>
/// <param name="Ids">The terms' numbers, ascending, each once.</param>
internal readonly record struct TermSet(TermVocabulary? Pool, int[] Ids)
{
    /// <summary>Gets the set of no terms.</summary>
    public static TermSet Empty { get; } = new(null, []);

    /// <summary>Gets the number of terms.</summary>
    public int Count => Ids?.Length ?? 0;

    /// <summary>Returns the terms' text, in the order of their numbers.</summary>
    /// <returns>The terms.</returns>
    public string[] ToStrings() => Pool is null ? [] : Array.ConvertAll(Ids, Pool.Term);
}
