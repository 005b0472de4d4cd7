using System.Globalization;
using ClaimCompare.Claims;
using ClaimCompare.Entities;

namespace ClaimCompare.Events;

/// <summary>
/// Clusters claims into real-world events. Each document is first read into local events (its main
/// event and any earlier or related events its sentences recall, see <see cref="EventCueExtractor"/>);
/// local events are then linked across documents when their triggers and dates agree and their content
/// terms are similar enough.
/// </summary>
/// <remarks>
/// <para>Linking is blocked: only local events that share a term rarer than
/// <see cref="EventClustererOptions.MaxBlockSize"/> are ever compared, so the work grows with the
/// number of local events times the block size, never with all pairs of claims. Candidate links are
/// taken in tiers (events dated to the same day, then main events, then recalled events), best first
/// within a tier (ties by id), and a link is refused when it would join events with contradicting dates,
/// trigger families or answered events, reports whose weekdays share no day, or a document's main event
/// with an event the same document set apart. Each document's cues are read in parallel. The result does
/// not depend on the order of the documents.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class EventClusterer : IEventClusterer
{
    private readonly EventClustererOptions options;
    private readonly EventLexicon lexicon = EventLexicon.Default;

    /// <summary>Initializes a new instance of the <see cref="EventClusterer"/> class.</summary>
    /// <param name="resolver">Resolves place and actor names, or <see langword="null"/>.</param>
    public EventClusterer(IEntityResolver? resolver = null)
        : this(new EventClustererOptions { Resolver = resolver })
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EventClusterer"/> class.</summary>
    /// <param name="options">The settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public EventClusterer(EventClustererOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        CueExtractor = new EventCueExtractor(options.Resolver);
    }

    /// <summary>Gets the cue extractor the clusterer reads documents with.</summary>
    public EventCueExtractor CueExtractor { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<EventCluster> Cluster(IReadOnlyList<DocumentClaims> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        // Each document's cues are read on its own, so this half of clustering spreads over cores like extraction.
        var readings = new DocumentEventReading[documents.Count];
        var pool = new TermPool();
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => readings[i] = CueExtractor.Read(documents[i], pool));
        return Link(documents, readings, cancellationToken, consumeReadings: true);
    }

    /// <summary>Reads one document's local events; the part of clustering that incremental comparison caches.</summary>
    /// <param name="document">The document's claims.</param>
    /// <param name="pool">Shares term strings across the documents of one run, or <see langword="null"/>.</param>
    internal DocumentEventReading Read(DocumentClaims document, TermPool? pool = null) => CueExtractor.Read(document, pool);

    /// <summary>Describes the local events and every scored candidate link, for diagnosing clustering.</summary>
    internal IEnumerable<string> Diagnose(IReadOnlyList<DocumentClaims> documents)
    {
        var nodes = documents.OrderBy(d => d.Document.Id, StringComparer.Ordinal).SelectMany(d => Read(d).Events).ToList();
        for (var n = 0; n < nodes.Count; n++)
        {
            var e = nodes[n];
            yield return $"#{n} {e.DocumentId}/{e.Index} main={e.IsMain} {e.Trigger}/{e.Family} date={e.Date} places={string.Join("|", e.Places)} marker={e.Marker} terms={e.Terms.Count}";
        }

        var vectors = new TermVectors(nodes, options.MaxBlockSize);
        for (var a = 0; a < nodes.Count; a++)
        {
            for (var b = a + 1; b < nodes.Count; b++)
            {
                var score = vectors.Cosine(a, b);
                if (score > 0.05)
                {
                    yield return $"#{a}-#{b} {score:0.000} linkable={Linkable(nodes[a], nodes[b])}";
                }
            }
        }
    }

    /// <summary>Links local events across documents into events.</summary>
    /// <param name="documents">The documents' claims.</param>
    /// <param name="readings">Each document's reading, in the order of <paramref name="documents"/>.</param>
    /// <param name="cancellationToken">Cancels the linking.</param>
    /// <param name="consumeReadings">
    /// Whether the readings are this call's alone (a batch comparison made them for it): their events' terms are then
    /// let go once weighed, which in a large run is most of the memory linking would otherwise hold. Incremental
    /// comparison keeps its readings and passes <see langword="false"/>.
    /// </param>
    internal IReadOnlyList<EventCluster> Link(IReadOnlyList<DocumentClaims> documents, IList<DocumentEventReading> readings, CancellationToken cancellationToken, bool consumeReadings = false)
    {
        // Canonical node order: documents by id, then local events in document order.
        var order = Enumerable.Range(0, documents.Count).OrderBy(i => documents[i].Document.Id, StringComparer.Ordinal).ToArray();
        var nodes = new List<LocalEvent>();
        var nodeOfDocument = new int[documents.Count];
        foreach (var d in order)
        {
            nodeOfDocument[d] = nodes.Count;
            nodes.AddRange(readings[d].Events);
            if (consumeReadings)
            {
                readings[d] = readings[d] with { Events = [] };
            }
        }

        var vectors = new TermVectors(nodes, options.MaxBlockSize);
        if (consumeReadings)
        {
            // Nothing after the term vectors reads an event's terms.
            for (var n = 0; n < nodes.Count; n++)
            {
                nodes[n] = nodes[n] with { Terms = [] };
            }
        }

        var candidates = Candidates(nodes, vectors, cancellationToken);

        var mainOf = new int[nodes.Count];
        for (var n = 1; n < nodes.Count; n++)
        {
            mainOf[n] = nodes[n].IsMain ? n : mainOf[n - 1];
        }

        var clusters = new ClusterSet(nodes, mainOf, lexicon, vectors);
        foreach (var (a, b, score) in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (x, y) = (nodes[a], nodes[b]);

            // One story (one report, or reports whose main events are linked) recalling an earlier attack at the same
            // place recalls one attack, though a paragraph or two share too few words to show it.
            var storyLinked = !x.IsMain && !y.IsMain && clusters.Find(mainOf[a]) == clusters.Find(mainOf[b]);
            var sameStory = storyLinked && (x.Series || SharesSpecificPlace(x, y));

            // "Previous attacks on US targets" in one report and "recent attacks on US facilities" in another: one
            // series when the reports tell one story, and no anchor at all otherwise.
            if ((score < Threshold(x, y) && !sameStory) || (x.Series && !storyLinked))
            {
                continue;
            }

            clusters.TryMerge(a, b, Threshold(x, y), forced: score >= 1 || sameStory || (SameDay(x, y) && SharePlace(x, y)));
        }

        // Gather claims per cluster root in canonical claim order (documents by id, claims in order).
        var claimsOfRoot = new Dictionary<int, List<string>>();
        var nodesOfRoot = new Dictionary<int, List<int>>();
        var claimCountOfNode = new int[nodes.Count];
        var rootOrder = new List<int>();
        foreach (var d in order)
        {
            var document = documents[d];
            for (var c = 0; c < document.Claims.Count; c++)
            {
                var node = nodeOfDocument[d] + readings[d].ClaimEvents[c];
                claimCountOfNode[node]++;
                var root = clusters.Find(node);
                if (!claimsOfRoot.TryGetValue(root, out var list))
                {
                    list = [];
                    claimsOfRoot[root] = list;
                    rootOrder.Add(root);
                }

                list.Add(ClaimId(document, c));
            }
        }

        for (var n = 0; n < nodes.Count; n++)
        {
            var root = clusters.Find(n);
            if (!nodesOfRoot.TryGetValue(root, out var list))
            {
                list = [];
                nodesOfRoot[root] = list;
            }

            list.Add(n);
        }

        // Each cluster is described from its own members alone (the sets above are only read now), so clusters spread over cores.
        var result = new EventCluster[rootOrder.Count];
        Parallel.For(0, rootOrder.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var root = rootOrder[i];
            var members = nodesOfRoot[root].Where(n => claimCountOfNode[n] > 0 || nodesOfRoot[root].Count > 1).ToList();
            var id = "e" + (i + 1).ToString(CultureInfo.InvariantCulture);
            result[i] = Describe(id, members.Select(n => (nodes[n], claimCountOfNode[n])).ToList(), clusters.DateOf(root), claimsOfRoot[root]);
        });

        return result;
    }

    private static string ClaimId(DocumentClaims document, int index)
    {
        var id = document.Claims[index].Id;
        return id.Length > 0 ? id : document.Document.Id + "#" + index.ToString(CultureInfo.InvariantCulture);
    }

    private List<(int A, int B, double Score)> Candidates(List<LocalEvent> nodes, TermVectors vectors, CancellationToken cancellationToken)
    {
        // Within a document, events recalled with the same weapon are proposed whatever their wording; each with
        // the next one only, a chain that joins them all without pairing every two of them.
        var sameWeapon = new int[nodes.Count];
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = nodes.Count - 1; n >= 0; n--)
        {
            var family = nodes[n].Family;
            sameWeapon[n] = !nodes[n].IsMain && family is not null && !EventLexicon.IsGeneric(family) && next.TryGetValue(family, out var b) ? b : -1;
            if (nodes[n].IsMain)
            {
                next.Clear();
            }
            else if (family is not null)
            {
                next[family] = n;
            }
        }

        // Each event's neighbours are found on their own, so events spread over cores; the sort below fixes the order.
        var parts = new System.Collections.Concurrent.ConcurrentBag<List<(int Tier, int A, int B, double Score)>>();
        Parallel.For(
            0,
            nodes.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => (Scored: new List<(int Tier, int A, int B, double Score)>(), Neighbours: new List<(int Node, double Cosine)>(), Scratch: new TermVectors.NeighbourScratch(nodes.Count)),
            (a, _, local) =>
            {
                local.Neighbours.Clear();
                vectors.Neighbours(a, sameWeapon[a], local.Neighbours, local.Scratch);
                AddScored(nodes, a, local.Neighbours, local.Scored);
                return local;
            },
            local => parts.Add(local.Scored));

        // Links of two events dated to the same day go first: a document's recalled event pinned to another document's
        // main event then keeps that document's own main event out of it, whatever wording they share. Main events
        // come next, so recalled events are linked knowing which reports tell the same story.
        var scored = new List<(int Tier, int A, int B, double Score)>(parts.Sum(p => p.Count));
        foreach (var part in parts)
        {
            scored.AddRange(part);
        }

        scored.Sort((p, q) =>
            p.Tier.CompareTo(q.Tier) is var t && t != 0 ? t
            : q.Score.CompareTo(p.Score) is var c && c != 0 ? c : p.A != q.A ? p.A.CompareTo(q.A) : p.B.CompareTo(q.B));
        return scored.ConvertAll(p => (p.A, p.B, p.Score));
    }

    private void AddScored(List<LocalEvent> nodes, int a, List<(int Node, double Cosine)> neighbours, List<(int Tier, int A, int B, double Score)> scored)
    {
        foreach (var (b, cosine) in neighbours)
        {
            var x = nodes[a];
            var y = nodes[b];
            if (!Linkable(x, y))
            {
                continue;
            }

            var score = cosine;
            if (string.Equals(x.DocumentId, y.DocumentId, StringComparison.Ordinal) && x.Family is { } f && !EventLexicon.IsGeneric(f) && string.Equals(f, y.Family, StringComparison.Ordinal))
            {
                score = Math.Max(score, 1);
            }

            if (SameDay(x, y))
            {
                score += 0.1;
            }

            if ((x.Weekdays & y.Weekdays) != 0)
            {
                score += 0.05;
            }

            if (SharePlace(x, y))
            {
                score += 0.05;
            }

            // Recalled events that name the same specific place wait to see whether they belong to one story (see Link).
            if (score >= Threshold(x, y) || (!x.IsMain && !y.IsMain && (x.Series || SharesSpecificPlace(x, y))))
            {
                scored.Add((Tier(x, y), a, b, score));
            }
        }
    }

    private static int Tier(LocalEvent x, LocalEvent y) => SameDay(x, y) ? 0 : x.IsMain && y.IsMain ? 1 : 2;

    private static bool SharePlace(LocalEvent x, LocalEvent y) => AnySamePlace(x.Places, y.Places);

    // Loops, not nested Any: it runs for every candidate pair, and two closures a pair were most of what linking allocated.
    private static bool AnySamePlace(IReadOnlyList<string> xPlaces, IReadOnlyList<string> yPlaces)
    {
        for (var i = 0; i < xPlaces.Count; i++)
        {
            for (var j = 0; j < yPlaces.Count; j++)
            {
                if (CueScanner.SamePlace(xPlaces[i], yPlaces[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool SameDay(LocalEvent x, LocalEvent y) =>
        x.Date.Exact is { } dx && y.Date.Exact is { } dy && Math.Abs(dx.DayNumber - dy.DayNumber) <= 1;

    private bool Linkable(LocalEvent x, LocalEvent y)
    {
        if (string.Equals(x.DocumentId, y.DocumentId, StringComparison.Ordinal) && (x.IsMain || y.IsMain))
        {
            return false;
        }

        if (!lexicon.FamiliesCompatible(x.Family, y.Family) || !x.Date.CompatibleWith(y.Date))
        {
            return false;
        }

        // Look-alikes are often told apart by the day alone: main events that name only different weekdays differ.
        if (x.IsMain && y.IsMain)
        {
            // Two strikes answering different kinds of attack are two strikes.
            if (!lexicon.FamiliesCompatible(x.Cause, y.Cause))
            {
                return false;
            }

            return x.Weekdays == 0 || y.Weekdays == 0 || (x.Weekdays & y.Weekdays) != 0;
        }

        // A series of attacks and one attack are two events, even where the one is among the series.
        if (x.Series != y.Series)
        {
            return false;
        }

        // An event recalled in passing says little; it joins another only on a shared anchor, never on wording alone.
        return x.Series || Anchored(x, y);
    }

    private static bool Anchored(LocalEvent x, LocalEvent y)
    {
        if (SameDay(x, y))
        {
            return true;
        }

        var sameFamily = x.Family is not null && string.Equals(x.Family, y.Family, StringComparison.Ordinal) && !EventLexicon.IsGeneric(x.Family);

        // Within one document, two recalled events of the same weapon are the same recalled event.
        if (sameFamily && (!x.Date.IsEmpty || !y.Date.IsEmpty || string.Equals(x.DocumentId, y.DocumentId, StringComparison.Ordinal)))
        {
            return true;
        }

        return SharesSpecificPlace(x, y);
    }

    private static bool SharesSpecificPlace(LocalEvent x, LocalEvent y)
    {
        // A place the recalled event names and its own document's main event does not: "the attack on Erbil".
        var xPlaces = x.IsMain ? x.Places : x.SpecificPlaces;
        var yPlaces = y.IsMain ? y.Places : y.SpecificPlaces;
        return AnySamePlace(xPlaces, yPlaces);
    }

    private double Threshold(LocalEvent x, LocalEvent y) =>
        x.IsMain && y.IsMain ? options.SimilarityThreshold : options.BackgroundSimilarityThreshold;

    private static EventCluster Describe(string id, List<(LocalEvent Event, int Claims)> members, DateCue date, List<string> claimIds)
    {
        var trigger = MostCommon(members.Where(m => m.Event.Family is not null && !EventLexicon.IsGeneric(m.Event.Family)).Select(m => (m.Event.Trigger!, m.Claims + 1)))
            ?? MostCommon(members.Where(m => m.Event.Trigger is not null).Select(m => (m.Event.Trigger!, m.Claims + 1)));
        var place = MostCommon(members.SelectMany(m => m.Event.Places.Take(2).Select(p => (p, m.Claims + 1))));
        var actors = members.SelectMany(m => m.Event.Actors).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var documents = members.Select(m => m.Event.DocumentId).Distinct(StringComparer.Ordinal).Count();
        var dateText = date.IsEmpty ? null : date.ToString();

        var label = string.Join(", ", new[] { trigger, place, dateText }.Where(s => s is not null));
        if (label.Length == 0)
        {
            label = "unnamed event";
        }

        var shared = new List<string>();
        if (trigger is not null)
        {
            shared.Add("trigger '" + trigger + "'");
        }

        if (place is not null)
        {
            shared.Add("place " + place);
        }

        if (dateText is not null)
        {
            shared.Add("date " + dateText);
        }

        var reason = documents == 1
            ? members.Exists(m => m.Event.IsMain)
                ? "The main event of one document" + (shared.Count > 0 ? " (" + string.Join(", ", shared) + ")" : string.Empty) + "."
                : "An event one document recalls, set apart by " + members.First(m => m.Event.Marker is not null).Event.Marker + (shared.Count > 0 ? " (" + string.Join(", ", shared) + ")" : string.Empty) + "."
            : members.TrueForAll(m => m.Event.Series)
                ? "A series of attacks that " + documents.ToString(CultureInfo.InvariantCulture) + " reports of one story recall" + (shared.Count > 0 ? " (" + string.Join(", ", shared) + ")" : string.Empty) + "."
            : "Same " + (shared.Count > 0 ? JoinAnd(shared) : "content terms") + " in " + documents.ToString(CultureInfo.InvariantCulture) + " documents" + (members.Exists(m => !m.Event.IsMain) ? ", including events recalled as background" : string.Empty) + ".";

        return new EventCluster(id, label, new EventCues(trigger, place, date.Exact, actors), claimIds, reason);
    }

    private static string JoinAnd(List<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];

    private static string? MostCommon(IEnumerable<(string Value, int Weight)> values)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, weight) in values)
        {
            counts[value] = counts.GetValueOrDefault(value) + weight;
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>Union-find over local events that keeps each cluster's date and trigger families consistent.</summary>
    private sealed class ClusterSet
    {
        private readonly int[] parent;
        private readonly DateCue[] dates;
        // Null for none: most events name one family or none, and a list each cost more than the rest of the set.
        private readonly List<string>?[] families;
        private readonly List<string>?[] causes;
        private readonly int[] weekdays;
        // Per cluster root: the documents it holds, and those whose main event it holds (each named by its main event's index).
        // Null until the root's first merge: an event on its own holds its document, and its main event when it is one.
        private readonly HashSet<int>?[] documents;
        private readonly HashSet<int>?[] mainDocuments;
        private readonly int[] mainOf;
        private readonly bool[] isMain;
        // Whole clusters are held to a share of the pair threshold: reports of one event share fewer words as a
        // group than in pairs, while dates, weekdays and answered events keep look-alikes apart.
        private const double AverageLinkFactor = 0.5;

        private readonly EventLexicon lexicon;
        private readonly TermVectors vectors;

        // Per cluster root: the summed term vector, made on the root's first merge; until then the event's own vector in
        // TermVectors stands for it, so events that are never merged (most of a large run) cost nothing. A centroid is
        // its term ids ascending with their weights beside them (twelve bytes a term, against some thirty in a
        // dictionary), grown by a linear merge; its arrays keep spare room so a growing cluster is not copied each merge.
        private readonly int[]?[] centroidIds;
        private readonly double[]?[] centroidWeights;
        private readonly int[] centroidCounts;
        private readonly int[] sizes;

        // mainOf: for each local event, the index of its document's main event, which stands for the document.
        public ClusterSet(List<LocalEvent> nodes, int[] mainOf, EventLexicon lexicon, TermVectors vectors)
        {
            this.lexicon = lexicon;
            this.vectors = vectors;
            centroidIds = new int[]?[nodes.Count];
            centroidWeights = new double[]?[nodes.Count];
            centroidCounts = new int[nodes.Count];
            sizes = [.. Enumerable.Repeat(1, nodes.Count)];
            parent = new int[nodes.Count];
            dates = new DateCue[nodes.Count];
            families = new List<string>?[nodes.Count];
            causes = new List<string>?[nodes.Count];
            weekdays = new int[nodes.Count];
            documents = new HashSet<int>?[nodes.Count];
            mainDocuments = new HashSet<int>?[nodes.Count];
            this.mainOf = mainOf;
            isMain = new bool[nodes.Count];
            for (var i = 0; i < nodes.Count; i++)
            {
                parent[i] = i;
                dates[i] = nodes[i].Date;
                families[i] = nodes[i].Family is { } f && !EventLexicon.IsGeneric(f) ? [f] : null;
                causes[i] = nodes[i].Cause is { } cause ? [cause] : null;
                weekdays[i] = nodes[i].IsMain ? nodes[i].Weekdays : 0;
                isMain[i] = nodes[i].IsMain;
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

            // Average linkage: the clusters as wholes must be similar, so one look-alike pair cannot chain two events.
            if (!forced && (sizes[ra] > 1 || sizes[rb] > 1) && AverageSimilarity(ra, rb) < threshold * AverageLinkFactor)
            {
                return;
            }

            // The day of the event is among the weekdays every report's lead names, so those sets must share a day.
            if (!Compatible(families[ra], families[rb]) || !Compatible(causes[ra], causes[rb]) || (weekdays[ra] != 0 && weekdays[rb] != 0 && (weekdays[ra] & weekdays[rb]) == 0))
            {
                return;
            }

            // A document's main event never shares a cluster with an event the same document set apart from it.
            if (HoldsMainOf(ra, rb) || HoldsMainOf(rb, ra))
            {
                return;
            }

            // The smaller id becomes the root so the outcome does not depend on merge order details.
            var (keep, drop) = ra < rb ? (ra, rb) : (rb, ra);
            parent[drop] = keep;
            dates[keep] = dates[keep].Merge(dates[drop]);
            AddNew(families, keep, drop);
            AddNew(causes, keep, drop);
            weekdays[keep] = weekdays[keep] == 0 ? weekdays[drop] : weekdays[drop] == 0 ? weekdays[keep] : weekdays[keep] & weekdays[drop];
            documents[keep] ??= [mainOf[keep]];
            documents[drop] ??= [mainOf[drop]];
            mainDocuments[keep] ??= isMain[keep] ? [mainOf[keep]] : [];
            mainDocuments[drop] ??= isMain[drop] ? [mainOf[drop]] : [];
            Union(documents, keep, drop);
            Union(mainDocuments, keep, drop);
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

        private static void Union(HashSet<int>?[] sets, int keep, int drop)
        {
            // Fold the smaller set into the larger, so a growing cluster is not copied on every merge.
            if (sets[keep]!.Count < sets[drop]!.Count)
            {
                (sets[keep], sets[drop]) = (sets[drop], sets[keep]);
            }

            sets[keep]!.UnionWith(sets[drop]!);
            sets[drop] = null; // no longer a root: never read again
        }

        private static void AddNew(List<string>?[] lists, int keep, int drop)
        {
            if (lists[drop] is { } dropped)
            {
                var kept = lists[keep] ??= [];
                kept.AddRange(dropped.Where(f => !kept.Contains(f, StringComparer.Ordinal)));
            }
        }

        /// <summary>Whether the cluster rooted at <paramref name="holder"/> holds the main event of a document the cluster rooted at <paramref name="other"/> holds.</summary>
        private bool HoldsMainOf(int holder, int other)
        {
            if (mainDocuments[holder] is not { } mains)
            {
                return isMain[holder] && HoldsDocument(other, mainOf[holder]);
            }

            foreach (var document in mains)
            {
                if (HoldsDocument(other, document))
                {
                    return true;
                }
            }

            return false;
        }

        private bool HoldsDocument(int root, int document) => documents[root]?.Contains(document) ?? mainOf[root] == document;

        private bool Compatible(List<string>? a, List<string>? b) => a is null || b is null || a.TrueForAll(x => b.TrueForAll(y => lexicon.FamiliesCompatible(x, y)));

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
}
