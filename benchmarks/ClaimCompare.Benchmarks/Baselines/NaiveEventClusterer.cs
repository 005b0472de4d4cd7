using System.Globalization;
using ClaimCompare.Claims;
using ClaimCompare.Events;

namespace ClaimCompare.Benchmarks.Baselines;

/// <summary>
/// The textbook clustering a first version would write: read every claim's cues with the library's own
/// <see cref="EventCueExtractor"/>, then compare every claim with every other and join those whose trigger,
/// place and date agree. It is the baseline the blocked <see cref="EventClusterer"/> is measured against:
/// same cues, quadratic linking.
/// </summary>
/// <remarks>
/// Cost grows with n²: 10⁴ claims are 5·10⁷ comparisons (about a second), 10⁶ would be 5·10¹¹, so the
/// benchmarks run it only up to <see cref="BenchmarkConfig.NaiveClusteringLimit"/>. Its clusters are not
/// meant to be as good as the library's; only its cost matters. Instances are immutable and thread-safe.
/// </remarks>
public sealed class NaiveEventClusterer : IEventClusterer
{
    private readonly EventCueExtractor _cues;

    /// <summary>Initializes a new instance of the <see cref="NaiveEventClusterer"/> class.</summary>
    /// <param name="cues">The cue reader, normally the library clusterer's own (<see cref="EventClusterer.CueExtractor"/>), so only the linking differs.</param>
    public NaiveEventClusterer(EventCueExtractor cues) => _cues = cues ?? throw new ArgumentNullException(nameof(cues));

    /// <inheritdoc/>
    public IReadOnlyList<EventCluster> Cluster(IReadOnlyList<DocumentClaims> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var claims = new List<Claim>();
        var cues = new List<EventCues>();
        foreach (var document in documents)
        {
            claims.AddRange(document.Claims);
            cues.AddRange(_cues.Extract(document));
        }

        var parent = Enumerable.Range(0, claims.Count).ToArray();
        for (var i = 0; i < claims.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var j = i + 1; j < claims.Count; j++)
            {
                if (SameEvent(cues[i], cues[j]))
                {
                    Union(parent, i, j);
                }
            }
        }

        // Events in canonical order: by their first claim, as the contract asks.
        var members = new Dictionary<int, List<int>>();
        var order = new List<int>();
        for (var i = 0; i < claims.Count; i++)
        {
            var root = Find(parent, i);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
                order.Add(root);
            }

            list.Add(i);
        }

        var events = new List<EventCluster>(order.Count);
        foreach (var root in order)
        {
            var id = "e" + (events.Count + 1).ToString(CultureInfo.InvariantCulture);
            var first = cues[members[root][0]];
            events.Add(new EventCluster(id, first.ToString(), first, members[root].ConvertAll(i => claims[i].Id), "same trigger, place and date"));
        }

        return events;
    }

    private static bool SameEvent(EventCues a, EventCues b) =>
        (a.Trigger is not null || a.Place is not null)
        && string.Equals(a.Trigger, b.Trigger, StringComparison.Ordinal)
        && string.Equals(a.Place, b.Place, StringComparison.Ordinal)
        && (a.Date is null || b.Date is null || Math.Abs(a.Date.Value.DayNumber - b.Date.Value.DayNumber) <= 3);

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            // The smaller index stays root so the result does not depend on the pair order.
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
