using ClaimCompare.Claims;
using ClaimCompare.Events;

namespace ClaimCompare.Diff;

/// <summary>The last step of every comparison, batch or incremental: give claims their events, diff them, list the documents.</summary>
/// <remarks>Stateless; thread-safe.</remarks>
internal static class ReportAssembly
{
    /// <summary>Builds the report from numbered documents and their events.</summary>
    /// <param name="documents">The documents' claims in canonical order, ids assigned.</param>
    /// <param name="events">The events the claims were clustered into.</param>
    /// <param name="finder">The diff stage.</param>
    /// <param name="beforeDiff">An optional rewrite of the claims before they are diffed (semantic subject merging).</param>
    public static ComparisonReport Build(
        IReadOnlyList<DocumentClaims> documents,
        IReadOnlyList<EventCluster> events,
        IDisagreementFinder finder,
        Func<IReadOnlyList<Claim>, IReadOnlyList<Claim>>? beforeDiff = null)
    {
        var eventOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cluster in events)
        {
            foreach (var id in cluster.ClaimIds)
            {
                eventOf[id] = cluster.Id;
            }
        }

        IReadOnlyList<Claim> claims = documents
            .SelectMany(d => d.Claims)
            .Select(c => c with { EventId = eventOf.GetValueOrDefault(c.Id, string.Empty) })
            .ToList();
        if (beforeDiff is not null)
        {
            claims = beforeDiff(claims);
        }

        var disagreements = finder.Find(claims, events);
        var summaries = documents.Select(d => new DocumentSummary(d.Document.Id, d.Document.Outlet, d.Document.PublishedOn, d.Claims.Count, d.Diagnostics)).ToList();
        var unclassified = documents.SelectMany(d => d.Unclassified).ToList();
        return new ComparisonReport(summaries, claims, events, disagreements, unclassified);
    }
}
