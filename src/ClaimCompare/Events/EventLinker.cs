using System.Globalization;
using ClaimCompare.Claims;
using ClaimCompare.Events.Linking;

namespace ClaimCompare.Events;

/// <summary>
/// The built-in <see cref="IEventLinker"/>: links local events across documents in named steps, as record linkage
/// does. Keys: each event's document, trigger family, answered event, day, weekdays and places, read once as numbers
/// (<c>EventKeys</c>). Blocking: only events that share a content term rarer than
/// <see cref="EventClustererOptions.MaxBlockSize"/> are ever compared, and never a pair a link rule refuses
/// (<c>LinkRules</c>). Scoring: the IDF-weighted cosine of their terms plus bonuses for a shared day, weekday or
/// place (<c>LinkScoring</c>). Clustering: candidates are tried in tiers (events dated to the same day, then main
/// events, then recalled events), best first within a tier, ties by index, into a union-find that refuses merges whose
/// clusters would contradict (<c>ClusterSet</c>). Description: each cluster's label and reason.
/// </summary>
/// <remarks>
/// The work grows with the number of local events times the block size, never with all pairs of claims, and the result
/// does not depend on the order of the documents. Instances are immutable and thread-safe.
/// </remarks>
public sealed class EventLinker : IEventLinker
{
    private readonly EventClustererOptions options;
    private readonly CompiledEventLexicon lexicon;
    private readonly LinkScoring scoring;

    /// <summary>Initializes a new instance of the <see cref="EventLinker"/> class with the default settings.</summary>
    public EventLinker()
        : this(new EventClustererOptions())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EventLinker"/> class.</summary>
    /// <param name="options">The thresholds, bonuses and block size (its resolver is the reader's concern and is not used here).</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A link bonus is negative, or the bonuses add up to more than 0.5.</exception>
    public EventLinker(EventClustererOptions options)
        : this(options, learned: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EventLinker"/> class that weighs pairs with <paramref name="learned"/> in place of the hand-set sum.</summary>
    /// <param name="options">The thresholds, bonuses and block size.</param>
    /// <param name="learned">Scores each proposed pair (a learned model), or <see langword="null"/> for the hand-set sum.</param>
    internal EventLinker(EventClustererOptions options, ILinkPairScorer? learned)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        lexicon = CompiledEventLexicon.For(options.Lexicon);
        scoring = new LinkScoring(options, learned);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There is not one reading per document.</exception>
    public IReadOnlyList<EventCluster> Link(IReadOnlyList<DocumentClaims> documents, IList<DocumentEventReading> readings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(readings);
        if (readings.Count != documents.Count)
        {
            throw new ArgumentException($"{readings.Count} readings for {documents.Count} documents; there must be one per document.", nameof(readings));
        }

        // An array reports itself read-only through IList<T>, yet its items can be set.
        var release = readings is DocumentEventReading[] || !readings.IsReadOnly;

        // Canonical node order: documents by id, then local events in document order.
        var order = Enumerable.Range(0, documents.Count).OrderBy(i => documents[i].Document.Id, StringComparer.Ordinal).ToArray();
        var nodes = new List<LocalEvent>();
        var nodeOfDocument = new int[documents.Count];
        foreach (var d in order)
        {
            nodeOfDocument[d] = nodes.Count;
            nodes.AddRange(readings[d].Events);
            if (release)
            {
                // Linking holds the events from here on; the reading keeps which event each claim belongs to.
                readings[d] = readings[d] with { Events = [] };
            }
        }

        // Keys and terms are read from the events each on their own, so the two (each one pass) go side by side.
        var (vectors, keys) = Together(() => new TermVectors(nodes, options.MaxBlockSize), () => new EventKeys(nodes, lexicon), cancellationToken);
        if (release)
        {
            // Nothing after the term vectors reads an event's terms: in a large run they are most of what linking would hold.
            for (var n = 0; n < nodes.Count; n++)
            {
                nodes[n] = nodes[n] with { Terms = TermSet.Empty };
            }
        }

        var candidates = Blocking.Candidates(nodes, keys, vectors, scoring, cancellationToken);
        var mainOf = new int[nodes.Count];
        for (var n = 1; n < nodes.Count; n++)
        {
            mainOf[n] = nodes[n].IsMain ? n : mainOf[n - 1];
        }

        var clusters = new ClusterSet(keys, mainOf, vectors, options.AverageLinkFactor);
        Merge(clusters, candidates, keys, mainOf, cancellationToken);
        return Describe(documents, readings, order, nodeOfDocument, nodes, clusters, cancellationToken);
    }

    /// <inheritdoc/>
    public override string ToString() => $"EventLinker(similarity {options.SimilarityThreshold}, background {options.BackgroundSimilarityThreshold}, block {options.MaxBlockSize})";

    /// <summary>Describes the local events and every scored candidate link, for diagnosing linking.</summary>
    /// <param name="nodes">The local events, in canonical order.</param>
    /// <returns>One line per event, then one per pair whose cosine is above 0.05, with the rule that refuses it.</returns>
    internal IEnumerable<string> Diagnose(IReadOnlyList<LocalEvent> nodes)
    {
        for (var n = 0; n < nodes.Count; n++)
        {
            var e = nodes[n];
            yield return $"#{n} {e.DocumentId}/{e.Index} main={e.IsMain} {e.Trigger}/{e.Family} date={e.Date} places={string.Join("|", e.Places)} marker={e.Marker} terms={e.Terms.Count}";
        }

        var vectors = new TermVectors(nodes, options.MaxBlockSize);
        var keys = new EventKeys(nodes, lexicon);
        for (var a = 0; a < nodes.Count; a++)
        {
            for (var b = a + 1; b < nodes.Count; b++)
            {
                var score = vectors.Cosine(a, b);
                if (score > 0.05)
                {
                    var refusal = LinkRules.FirstRefusal(keys, a, b);
                    yield return $"#{a}-#{b} {score:0.000} linkable={refusal is null}" + (refusal is null ? string.Empty : " refused=" + refusal.Code);
                }
            }
        }
    }

    // Runs two independent builds on two threads and returns both; each sets its own variable once.
    private static (T1 First, T2 Second) Together<T1, T2>(Func<T1> first, Func<T2> second, CancellationToken cancellationToken)
        where T1 : class
        where T2 : class
    {
        T1? one = null;
        T2? two = null;
        Parallel.Invoke(new ParallelOptions { CancellationToken = cancellationToken }, () => one = first(), () => two = second());
        return (one!, two!);
    }

    private static string ClaimId(DocumentClaims document, int index)
    {
        var id = document.Claims[index].Id;
        return id.Length > 0 ? id : document.Document.Id + "#" + index.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Clustering: tries every candidate, in order, on the union-find.</summary>
    private void Merge(ClusterSet clusters, UInt128[] candidates, EventKeys keys, int[] mainOf, CancellationToken cancellationToken)
    {
        foreach (var candidate in candidates)
        {
            var (a, b, score) = CandidateLink.Unpack(candidate);
            cancellationToken.ThrowIfCancellationRequested();

            // Most candidates join events an earlier, better link already put together: nothing is left to weigh.
            if (clusters.Find(a) == clusters.Find(b))
            {
                continue;
            }

            // One story (one report, or reports whose main events are linked) recalling an earlier attack at the same
            // place recalls one attack, though a paragraph or two share too few words to show it.
            var storyLinked = !keys.IsMain(a) && !keys.IsMain(b) && clusters.Find(mainOf[a]) == clusters.Find(mainOf[b]);
            var sameStory = storyLinked && (keys.Series(a) || keys.SharesSpecificPlace(a, b));

            // "Previous attacks on US targets" in one report and "recent attacks on US facilities" in another: one
            // series when the reports tell one story, and no anchor at all otherwise.
            var threshold = scoring.Threshold(keys, a, b);
            if ((score < scoring.Cut(keys, a, b) && !sameStory) || (keys.Series(a) && !storyLinked))
            {
                continue;
            }

            clusters.TryMerge(a, b, threshold, forced: score >= 1 || sameStory || (keys.SameDay(a, b) && keys.SharePlace(a, b)) || keys.RecallsMainEvent(a, b) || keys.ReportsSameDay(a, b));
        }
    }

    /// <summary>Numbers the clusters in canonical claim order (documents by id, claims in order), as their first claim comes, and describes each.</summary>
    private static EventCluster[] Describe(
        IReadOnlyList<DocumentClaims> documents,
        IList<DocumentEventReading> readings,
        int[] order,
        int[] nodeOfDocument,
        List<LocalEvent> nodes,
        ClusterSet clusters,
        CancellationToken cancellationToken)
    {
        var rootOf = new int[nodes.Count];
        var clusterOfRoot = new int[nodes.Count];
        for (var n = 0; n < nodes.Count; n++)
        {
            rootOf[n] = clusters.Find(n);
            clusterOfRoot[n] = -1;
        }

        var claimCountOfNode = new int[nodes.Count];
        var rootOrder = new List<int>();
        foreach (var d in order)
        {
            var claimEvents = readings[d].ClaimEvents;
            for (var c = 0; c < documents[d].Claims.Count; c++)
            {
                var node = nodeOfDocument[d] + claimEvents[c];
                claimCountOfNode[node]++;
                if (clusterOfRoot[rootOf[node]] < 0)
                {
                    clusterOfRoot[rootOf[node]] = rootOrder.Count;
                    rootOrder.Add(rootOf[node]);
                }
            }
        }

        // Each cluster's events, in node order, and its claims, each made at its final size: a large run holds them all at once.
        var memberStart = new int[rootOrder.Count + 1];
        var claimIds = new string[rootOrder.Count][];
        var filled = new int[rootOrder.Count];
        for (var n = 0; n < nodes.Count; n++)
        {
            if (clusterOfRoot[rootOf[n]] is var k && k >= 0)
            {
                memberStart[k + 1]++;
                filled[k] += claimCountOfNode[n];
            }
        }

        for (var k = 0; k < rootOrder.Count; k++)
        {
            memberStart[k + 1] += memberStart[k];
            claimIds[k] = new string[filled[k]];
            filled[k] = 0;
        }

        foreach (var d in order)
        {
            var claimEvents = readings[d].ClaimEvents;
            for (var c = 0; c < documents[d].Claims.Count; c++)
            {
                var k = clusterOfRoot[rootOf[nodeOfDocument[d] + claimEvents[c]]];
                claimIds[k][filled[k]++] = ClaimId(documents[d], c);
            }
        }

        var members = new int[memberStart[^1]];
        Array.Fill(filled, 0);
        for (var n = 0; n < nodes.Count; n++)
        {
            if (clusterOfRoot[rootOf[n]] is var k && k >= 0)
            {
                members[memberStart[k] + filled[k]++] = n;
            }
        }

        // Each cluster is described from its own members alone (the arrays above are only read now), so clusters spread over cores.
        var result = new EventCluster[rootOrder.Count];
        Parallel.For(
            0,
            rootOrder.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new ClusterDescription.Scratch(),
            (k, _, scratch) =>
            {
                scratch.Members.Clear();
                for (var m = memberStart[k]; m < memberStart[k + 1]; m++)
                {
                    scratch.Members.Add((nodes[members[m]], claimCountOfNode[members[m]]));
                }

                result[k] = ClusterDescription.Describe(string.Create(CultureInfo.InvariantCulture, $"e{k + 1}"), scratch, clusters.DateOf(rootOrder[k]), claimIds[k]);
                return scratch;
            },
            _ => { });

        return result;
    }
}
