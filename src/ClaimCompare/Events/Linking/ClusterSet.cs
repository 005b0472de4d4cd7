namespace ClaimCompare.Events.Linking;

/// <summary>
/// Clustering: union-find over local events that keeps each cluster's dates, trigger families, answered events and
/// weekdays consistent, holds whole clusters to an average similarity, and never puts a document's main event with an
/// event the same document set apart. Merges are asked for in the order blocking sorted the candidates.
/// </summary>
/// <remarks>Mutable; used by the one thread that links.</remarks>
internal sealed class ClusterSet
{
    private readonly int[] parent;
    private readonly DateCue[] dates;
    // Per cluster root, the family ids (EventKeys) of its weapons and of the events it answers; null while the root
    // holds no more than its own event's, which most never do, so most events cost no list.
    private readonly List<int>?[] families;
    private readonly List<int>?[] causes;
    // Each event's own: its weapon's family id, 0 for none or the generic family, and the family it answers, 0 for none.
    private readonly int[] ownFamilies;
    private readonly int[] ownCauses;
    private readonly int[] weekdays;
    // Each cluster's events as a ring (the next member of each event's cluster), joined in constant time on a merge.
    private readonly int[] nextMember;
    private readonly int[] mainOf;
    private readonly bool[] isMain;
    // Whole clusters are held to a share of the pair threshold (EventClustererOptions.AverageLinkFactor).
    private readonly double averageLinkFactor;

    private readonly EventKeys keys;
    private readonly TermVectors vectors;

    // Per cluster root: the summed term vector, made on the root's first merge; until then the event's own vector in
    // TermVectors stands for it, so events that are never merged (most of a large run) cost nothing. A centroid is
    // its term ids ascending with their weights beside them (twelve bytes a term, against some thirty in a
    // dictionary), grown by a linear merge; its arrays keep spare room so a growing cluster is not copied each merge.
    private readonly int[]?[] centroidIds;
    private readonly double[]?[] centroidWeights;
    private readonly int[] centroidCounts;
    private readonly int[] sizes;

    /// <summary>Initializes a new instance of the <see cref="ClusterSet"/> class: every event a cluster of its own.</summary>
    /// <param name="keys">The events' keys.</param>
    /// <param name="mainOf">For each local event, the index of its document's main event, which stands for the document.</param>
    /// <param name="vectors">The events' term vectors.</param>
    /// <param name="averageLinkFactor">The share of the pair threshold whole clusters must reach on average.</param>
    public ClusterSet(EventKeys keys, int[] mainOf, TermVectors vectors, double averageLinkFactor)
    {
        this.keys = keys;
        this.averageLinkFactor = averageLinkFactor;
        this.vectors = vectors;
        var count = keys.Count;
        centroidIds = new int[]?[count];
        centroidWeights = new double[]?[count];
        centroidCounts = new int[count];
        sizes = new int[count];
        parent = new int[count];
        dates = new DateCue[count];
        families = new List<int>?[count];
        causes = new List<int>?[count];
        ownFamilies = new int[count];
        ownCauses = new int[count];
        weekdays = new int[count];
        nextMember = new int[count];
        this.mainOf = mainOf;
        isMain = new bool[count];
        for (var i = 0; i < count; i++)
        {
            sizes[i] = 1;
            parent[i] = i;
            nextMember[i] = i;
            ownFamilies[i] = keys.IsSpecific(keys.Family(i)) ? keys.Family(i) : 0;
            ownCauses[i] = keys.Cause(i);
            dates[i] = keys.Date(i);
            weekdays[i] = keys.IsMain(i) ? keys.Weekdays(i) : 0;
            isMain[i] = keys.IsMain(i);
        }
    }

    public int Find(int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    public DateCue DateOf(int root) => dates[root];

    public void TryMerge(int a, int b, double threshold, bool forced)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb || !dates[ra].CompatibleWith(dates[rb]))
        {
            return;
        }

        // The day of the event is among the weekdays every report's lead names, so those sets must share a day.
        // Every test must pass and none changes anything, so the cheap ones go before the sum over the centroids.
        if (!Compatible(Families(ra), Families(rb)) || !Compatible(Causes(ra), Causes(rb)) || (weekdays[ra] != 0 && weekdays[rb] != 0 && (weekdays[ra] & weekdays[rb]) == 0))
        {
            return;
        }

        // Average linkage: the clusters as wholes must be similar, so one look-alike pair cannot chain two events.
        if (!forced && (sizes[ra] > 1 || sizes[rb] > 1) && AverageSimilarity(ra, rb) < threshold * averageLinkFactor)
        {
            return;
        }

        // A document's main event never shares a cluster with an event the same document set apart from it.
        if (ShareDocument(ra, rb))
        {
            return;
        }

        // The smaller id becomes the root so the outcome does not depend on merge order details.
        var (keep, drop) = ra < rb ? (ra, rb) : (rb, ra);
        parent[drop] = keep;
        dates[keep] = dates[keep].Merge(dates[drop]);
        families[keep] = AddNew(families[keep], Families(keep), Families(drop));
        causes[keep] = AddNew(causes[keep], Causes(keep), Causes(drop));
        (families[drop], causes[drop]) = (null, null);
        weekdays[keep] = weekdays[keep] == 0 ? weekdays[drop] : weekdays[drop] == 0 ? weekdays[keep] : weekdays[keep] & weekdays[drop];
        (nextMember[keep], nextMember[drop]) = (nextMember[drop], nextMember[keep]);
        // Fold the smaller centroid into the larger, so a growing cluster is not copied on every merge. Only the
        // larger becomes arrays: the smaller, when still an event's own vector, is read from TermVectors.
        var (into, from) = CentroidCount(keep) < CentroidCount(drop) ? (drop, keep) : (keep, drop);
        MergeCentroid(into, from);
        centroidIds[keep] = centroidIds[into];
        centroidWeights[keep] = centroidWeights[into];
        centroidCounts[keep] = centroidCounts[into];
        centroidIds[drop] = null;
        centroidWeights[drop] = null;
        centroidCounts[drop] = 0;

        sizes[keep] += sizes[drop];
    }

    // A list only when the merged cluster has more than the kept root's own, which stands for it while null.
    private static List<int>? AddNew(List<int>? list, ReadOnlySpan<int> kept, ReadOnlySpan<int> dropped)
    {
        foreach (var family in dropped)
        {
            if (!kept.Contains(family))
            {
                list ??= [.. kept];
                if (!list.Contains(family))
                {
                    list.Add(family);
                }
            }
        }

        return list;
    }

    private ReadOnlySpan<int> Families(int root) =>
        families[root] is { } list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : ownFamilies.AsSpan(root, ownFamilies[root] != 0 ? 1 : 0);

    private ReadOnlySpan<int> Causes(int root) =>
        causes[root] is { } list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : ownCauses.AsSpan(root, ownCauses[root] != 0 ? 1 : 0);

    /// <summary>
    /// Whether one cluster holds a document's main event and the other an event of the same document. The smaller
    /// cluster's events are walked: for each, whether its document's main event is in the other cluster, and for
    /// each main event, whether any event of its document (those after it up to the next main event) is.
    /// </summary>
    private bool ShareDocument(int ra, int rb)
    {
        var (small, large) = sizes[ra] <= sizes[rb] ? (ra, rb) : (rb, ra);
        var n = small;
        do
        {
            if (isMain[mainOf[n]] && Find(mainOf[n]) == large)
            {
                return true;
            }

            if (isMain[n])
            {
                for (var e = n + 1; e < mainOf.Length && mainOf[e] == n; e++)
                {
                    if (Find(e) == large)
                    {
                        return true;
                    }
                }
            }

            n = nextMember[n];
        }
        while (n != small);

        return false;
    }

    private bool Compatible(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (!keys.FamiliesCompatible(x, y))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Adds the centroid rooted at <paramref name="from"/> into the one rooted at <paramref name="into"/>, which becomes arrays if it is not yet.</summary>
    private void MergeCentroid(int into, int from)
    {
        var fromIds = Ids(from);
        var fromCentroid = centroidWeights[from];
        var count = CentroidCount(into);

        // Terms of the smaller side the larger lacks: the room the merge needs.
        var intoIds = Ids(into);
        var added = 0;
        for (int i = 0, j = 0; j < fromIds.Length;)
        {
            if (i < intoIds.Length && intoIds[i] < fromIds[j])
            {
                i++;
            }
            else
            {
                if (i >= intoIds.Length || intoIds[i] != fromIds[j])
                {
                    added++;
                }
                else
                {
                    i++;
                }

                j++;
            }
        }

        var ids = centroidIds[into];
        var weights = centroidWeights[into];
        var needed = count + added;
        if (ids is null || weights is null)
        {
            ids = new int[needed];
            weights = new double[needed];
            intoIds.CopyTo(ids);
            for (var i = 0; i < count; i++)
            {
                weights[i] = vectors.Weight(into, ids[i]);
            }
        }
        else if (ids.Length < needed)
        {
            // Doubling, as a list grows, so a cluster taking events one by one is copied a logarithmic number of times.
            var capacity = Math.Max(needed, 2 * ids.Length);
            Array.Resize(ref ids, capacity);
            Array.Resize(ref weights, capacity);
        }

        // Merged from the top down in place: an entry moves only to a slot at or above its own, never over one unread.
        var a = count - 1;
        var k = needed - 1;
        for (var b = fromIds.Length - 1; b >= 0; b--, k--)
        {
            while (a >= 0 && ids[a] > fromIds[b])
            {
                ids[k] = ids[a];
                weights[k--] = weights[a--];
            }

            var weight = fromCentroid is null ? vectors.Weight(from, fromIds[b]) : fromCentroid[b];
            if (a >= 0 && ids[a] == fromIds[b])
            {
                weights[k] = weights[a] + weight;
                ids[k] = ids[a--];
            }
            else
            {
                ids[k] = fromIds[b];
                weights[k] = weight;
            }
        }

        centroidIds[into] = ids;
        centroidWeights[into] = weights;
        centroidCounts[into] = needed;
    }

    private double AverageSimilarity(int ra, int rb)
    {
        var (small, large) = CentroidCount(ra) <= CentroidCount(rb) ? (ra, rb) : (rb, ra);
        var smallIds = Ids(small);
        var largeIds = Ids(large);
        var smallWeights = centroidWeights[small];
        var largeWeights = centroidWeights[large];
        double dot = 0;

        // The sum runs over the smaller centroid's terms ascending, each looked up past the last one found.
        var from = 0;
        for (var i = 0; i < smallIds.Length && from < largeIds.Length; i++)
        {
            var j = largeIds[from..].BinarySearch(smallIds[i]);
            if (j >= 0)
            {
                j += from;
                var weight = smallWeights is null ? vectors.Weight(small, smallIds[i]) : smallWeights[i];
                var other = largeWeights is null ? vectors.Weight(large, largeIds[j]) : largeWeights[j];
                dot += weight * other;
                from = j + 1;
            }
            else
            {
                from += ~j;
            }
        }

        return dot / (sizes[ra] * (double)sizes[rb]);
    }

    private ReadOnlySpan<int> Ids(int root) => centroidIds[root] is { } ids ? ids.AsSpan(0, centroidCounts[root]) : vectors.TermIds(root);

    private int CentroidCount(int root) => centroidIds[root] is null ? vectors.TermCount(root) : centroidCounts[root];
}
