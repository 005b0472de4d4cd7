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
        IReadOnlyList<Claim> claims = StampEvents(documents, events);
        if (beforeDiff is not null)
        {
            claims = beforeDiff(claims);
        }

        var disagreements = finder.Find(claims, events);
        var summaries = documents.Select(d => new DocumentSummary(d.Document.Id, d.Document.Outlet, d.Document.PublishedOn, d.Claims.Count, d.Diagnostics)).ToList();
        var unclassified = documents.SelectMany(d => d.Unclassified).ToList();
        return new ComparisonReport(summaries, claims, events, disagreements, unclassified);
    }

    /// <summary>Every claim of the documents, in order, with the id of the event it was clustered into (empty when none).</summary>
    /// <param name="documents">The documents' claims in canonical order, ids assigned.</param>
    /// <param name="events">The events the claims were clustered into.</param>
    /// <returns>The stamped claims.</returns>
    public static Claim[] StampEvents(IReadOnlyList<DocumentClaims> documents, IReadOnlyList<EventCluster> events)
    {
        // Each document's claims go to their own stretch of the result, so documents are stamped in parallel.
        var offsets = new int[documents.Count + 1];
        for (var d = 0; d < documents.Count; d++)
        {
            offsets[d + 1] = offsets[d] + documents[d].Claims.Count;
        }

        var eventOf = new Dictionary<string, string>(offsets[^1], StringComparer.Ordinal);
        foreach (var cluster in events)
        {
            foreach (var id in cluster.ClaimIds)
            {
                eventOf[id] = cluster.Id;
            }
        }

        var claims = new Claim[offsets[^1]];
        Parallel.For(0, documents.Count, d =>
        {
            var at = offsets[d];
            foreach (var claim in documents[d].Claims)
            {
                claims[at++] = claim with { EventId = eventOf.GetValueOrDefault(claim.Id, string.Empty) };
            }
        });
        return claims;
    }
}
