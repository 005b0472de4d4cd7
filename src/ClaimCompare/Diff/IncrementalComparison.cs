using System.Collections.Immutable;
using System.Globalization;
using ClaimCompare.Claims;
using ClaimCompare.Events;
using ClaimCompare.Text;

namespace ClaimCompare.Diff;

/// <summary>
/// A comparison that grows one document at a time: adding a document reads only that document's
/// events, then relinks the cached local events and diffs again, and the report equals a batch
/// comparison of the same documents (<see cref="Build"/>).
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe: <see cref="Add"/> returns a new comparison and leaves this
/// one unchanged. The report is canonical: documents by id, claims by document then position, ids
/// assigned after ordering, so the order documents are added in does not matter. The comparisons that grow from
/// one <see cref="Create"/> share one numbering of content terms, which holds every term of every document they
/// have read, replaced ones included.
/// </remarks>
public sealed class IncrementalComparison
{
    private readonly EventClusterer clusterer;
    private readonly IDisagreementFinder finder;
    private readonly TermVocabulary terms;
    private readonly ImmutableSortedDictionary<string, (DocumentClaims Claims, DocumentEventReading Reading)> documents;
    private readonly Lazy<ComparisonReport> report;

    private IncrementalComparison(EventClusterer clusterer, IDisagreementFinder finder, TermVocabulary terms, ImmutableSortedDictionary<string, (DocumentClaims, DocumentEventReading)> documents)
    {
        this.clusterer = clusterer;
        this.finder = finder;
        this.terms = terms;
        this.documents = documents;
        report = new Lazy<ComparisonReport>(Compute, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the number of documents compared.</summary>
    public int Count => documents.Count;

    /// <summary>Gets the report over every document added so far; computed once per instance.</summary>
    public ComparisonReport Report => report.Value;

    /// <summary>Starts an empty comparison.</summary>
    /// <param name="clusterer">The event clusterer, or <see langword="null"/> for one without an entity resolver.</param>
    /// <param name="finder">The disagreement finder, or <see langword="null"/> for <see cref="DisagreementFinder"/>.</param>
    /// <returns>The empty comparison.</returns>
    public static IncrementalComparison Create(EventClusterer? clusterer = null, IDisagreementFinder? finder = null) =>
        new(clusterer ?? new EventClusterer(), finder ?? new DisagreementFinder(), new TermVocabulary(), ImmutableSortedDictionary.Create<string, (DocumentClaims, DocumentEventReading)>(StringComparer.Ordinal));

    /// <summary>Compares a batch of documents at once.</summary>
    /// <param name="documents">The documents' claims, in any order; ids must be unique (a later one with the same id replaces an earlier).</param>
    /// <param name="clusterer">The event clusterer, or <see langword="null"/>.</param>
    /// <param name="finder">The disagreement finder, or <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    public static ComparisonReport Build(IEnumerable<DocumentClaims> documents, EventClusterer? clusterer = null, IDisagreementFinder? finder = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Create(clusterer, finder).AddRange(documents).Report;
    }

    /// <summary>Adds (or replaces, by id) one document.</summary>
    /// <param name="document">The document's claims.</param>
    /// <returns>The comparison with the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public IncrementalComparison Add(DocumentClaims document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var reading = Read(document);
        return new IncrementalComparison(clusterer, finder, terms, documents.SetItem(document.Document.Id, (document, reading)));
    }

    /// <summary>Adds (or replaces, by id) several documents.</summary>
    /// <param name="documents">The documents' claims.</param>
    /// <returns>The comparison with the documents.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    public IncrementalComparison AddRange(IEnumerable<DocumentClaims> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var builder = this.documents.ToBuilder();
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            builder[document.Document.Id] = (document, Read(document));
        }

        return new IncrementalComparison(clusterer, finder, terms, builder.ToImmutable());
    }

    // Linking reads the events, not each claim's cues; one pool numbers the terms of every version's documents.
    private DocumentEventReading Read(DocumentClaims document) => clusterer.Read(document, terms, withClaimCues: false);

    private ComparisonReport Compute()
    {
        var withIds = new List<DocumentClaims>(documents.Count);
        var readings = new List<DocumentEventReading>(documents.Count);
        var next = 1;
        foreach (var (_, (claims, reading)) in documents)
        {
            var numbered = new Claim[claims.Claims.Count];
            for (var i = 0; i < numbered.Length; i++)
            {
                numbered[i] = claims.Claims[i] with { Id = "c" + next.ToString(CultureInfo.InvariantCulture), EventId = string.Empty };
                next++;
            }

            withIds.Add(claims with { Claims = numbered });
            readings.Add(reading);
        }

        var events = clusterer.Link(withIds, readings, CancellationToken.None);
        return ReportAssembly.Build(withIds, events, finder);
    }
}
