using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Events;

namespace ClaimCompare.Benchmarks.Baselines;

/// <summary>
/// The library's stages run the simplest way: one document after another on one thread, then clustering
/// and diff. It is the baseline the parallel <see cref="ClaimComparer"/> is measured against, and the
/// reference its output must equal.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class SequentialPipeline
{
    private readonly ClaimExtractor _extractor = new();
    private readonly EventClusterer _clusterer = new();
    private readonly DisagreementFinder _finder = new();

    /// <summary>Compares the documents.</summary>
    /// <param name="documents">The documents, read once.</param>
    /// <returns>The report.</returns>
    public ComparisonReport Compare(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var read = new List<DocumentClaims>();
        foreach (var document in documents)
        {
            read.Add(_extractor.Extract(document));
        }

        read.Sort((a, b) => string.CompareOrdinal(a.Document.Id, b.Document.Id));
        var next = 1;
        for (var i = 0; i < read.Count; i++)
        {
            var claims = read[i].Claims.Select(c => c with { Id = "c" + (next++).ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList();
            read[i] = read[i] with { Claims = claims };
        }

        var events = _clusterer.Cluster(read);
        var eventOf = events.SelectMany(e => e.ClaimIds.Select(id => (id, e.Id))).ToDictionary(p => p.id, p => p.Item2, StringComparer.Ordinal);
        var all = read.SelectMany(d => d.Claims).Select(c => c with { EventId = eventOf.GetValueOrDefault(c.Id, string.Empty) }).ToList();
        var disagreements = _finder.Find(all, events);
        var summaries = read.Select(d => new DocumentSummary(d.Document.Id, d.Document.Outlet, d.Document.PublishedOn, d.Claims.Count, d.Diagnostics)).ToList();
        return new ComparisonReport(summaries, all, events, disagreements, read.SelectMany(d => d.Unclassified).ToList());
    }
}
