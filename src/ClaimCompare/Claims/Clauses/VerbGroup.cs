namespace ClaimCompare.Claims.Clauses;

/// <summary>
/// The auxiliaries, adverbs and negators in front of a predicate ("had not been", "may have", "were not believed to
/// have been"), read backwards from it.
/// </summary>
/// <remarks>An immutable value type; thread-safe.</remarks>
/// <param name="Start">The first token of the group; the predicate's own token when it has none.</param>
/// <param name="Negated">Whether a negator stands in it ("not", "never", "didn't").</param>
/// <param name="Hedged">Whether a modal stands in it ("may", "could").</param>
/// <param name="HasBe">Whether a form of "be" stands in it: a passive before a participle, a copula before an adjective.</param>
/// <param name="BeNextToPredicate">Whether the word right before the predicate (past adverbs) is a form of "be": "was blamed", not "was said to have blamed".</param>
internal readonly record struct VerbGroup(int Start, bool Negated, bool Hedged, bool HasBe, bool BeNextToPredicate);
