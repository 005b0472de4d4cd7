namespace ClaimCompare.Benchmarks.Corpus;

/// <summary>One generated news article and its ground truth.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Document">The article, ready for the pipeline (id, text, outlet, publication date).</param>
/// <param name="EventId">The article's main event.</param>
/// <param name="Claims">Every claim the article makes, in text order, with the event each is about.</param>
public sealed record GeneratedArticle(Document Document, string EventId, IReadOnlyList<TruthClaim> Claims);
