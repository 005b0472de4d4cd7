using System.Globalization;
using ClaimCompare.Claims;
using ClaimCompare.Events;

namespace ClaimCompare.Diff;

/// <summary>
/// The steps every comparison shares, batch or incremental: number the claims, then give claims their events,
/// merge near-synonymous subjects (when a generator is configured), diff them, list the documents.
/// </summary>
/// <remarks>Stateless; thread-safe.</remarks>
internal static class ReportAssembly
{
    /// <summary>Gives a document's claims their ids ("c1", "c2", ...), continuing from <paramref name="next"/>.</summary>
    /// <param name="document">The document's claims, in canonical order; documents are numbered in canonical (id) order.</param>
    /// <param name="next">The number of the document's first claim; on return, the number after its last.</param>
    /// <returns>The document with numbered claims.</returns>
    public static DocumentClaims Number(DocumentClaims document, ref int next)
    {
        var numbered = new Claim[document.Claims.Count];
        for (var i = 0; i < numbered.Length; i++)
        {
            numbered[i] = document.Claims[i] with { Id = "c" + next++.ToString(CultureInfo.InvariantCulture) };
        }

        return document with { Claims = numbered };
    }

    /// <summary>Builds the report from numbered documents and their events.</summary>
    /// <param name="documents">The documents' claims in canonical order, ids assigned.</param>
    /// <param name="events">The events the claims were clustered into.</param>
    /// <param name="finder">The diff stage.</param>
    /// <param name="mergeSubjects">
    /// Merges near-synonymous claim subjects before the diff (the pipeline's semantic subject merger, for batch and
    /// incremental comparisons alike), or <see langword="null"/> for lexical subjects only.
    /// </param>
    /// <param name="cancellationToken">Cancels the subject merging.</param>
    public static ComparisonReport Build(
        IReadOnlyList<DocumentClaims> documents,
        IReadOnlyList<EventCluster> events,
        IDisagreementFinder finder,
        Func<IReadOnlyList<Claim>, CancellationToken, IReadOnlyList<Claim>>? mergeSubjects,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<Claim> claims = StampEvents(documents, events);
        if (mergeSubjects is not null)
        {
            claims = mergeSubjects(claims, cancellationToken);
        }

        return Finish(documents, events, claims, finder);
    }

    /// <summary>Builds the report from the stamped (and, when configured, merged) claims: diffs them and lists the documents.</summary>
    /// <param name="documents">The documents' claims in canonical order, ids assigned.</param>
    /// <param name="events">The events the claims were clustered into.</param>
    /// <param name="claims">The claims with their events stamped and their subjects merged.</param>
    /// <param name="finder">The diff stage.</param>
    public static ComparisonReport Finish(IReadOnlyList<DocumentClaims> documents, IReadOnlyList<EventCluster> events, IReadOnlyList<Claim> claims, IDisagreementFinder finder)
    {
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
