using System.Globalization;
using System.Text;
using ClaimCompare.Claims;
using ClaimCompare.Entities;
using ClaimCompare.Text;

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

    // Events whose candidates one thread finds at a time: enough to spread unequal events evenly over cores.
    private const int CandidateBlock = 2048;

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
        return Link(documents, ReadAll(documents, cancellationToken), cancellationToken, consumeReadings: true);
    }

    /// <summary>Reads the local events of documents to be linked together; the first half of <see cref="Cluster"/>.</summary>
    /// <param name="documents">The documents' claims.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>Each document's reading, in the order of <paramref name="documents"/>, without the cues read per claim.</returns>
    internal DocumentEventReading[] ReadAll(IReadOnlyList<DocumentClaims> documents, CancellationToken cancellationToken)
    {
        // Each document's cues are read on its own, so this half of clustering spreads over cores like extraction.
        // Linking needs the events, not the cues of each claim: not making those keeps a large run's
        // readings small, and the collector copies less of them as they age.
        var readings = new DocumentEventReading[documents.Count];
        var pool = new TermVocabulary();
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => readings[i] = CueExtractor.Read(documents[i], pool, withClaimCues: false));
        return readings;
    }

    /// <summary>Reads one document's local events; the part of clustering that incremental comparison caches.</summary>
    /// <param name="document">The document's claims.</param>
    /// <param name="pool">Numbers terms for all the documents of one run, or <see langword="null"/> for a pool of the document's own.</param>
    /// <param name="withClaimCues">Whether to keep each claim's cues, which only a single document's reading reports.</param>
    internal DocumentEventReading Read(DocumentClaims document, TermVocabulary? pool = null, bool withClaimCues = true) => CueExtractor.Read(document, pool, withClaimCues);

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
        var facts = new LinkFacts(nodes, lexicon);
        for (var a = 0; a < nodes.Count; a++)
        {
            for (var b = a + 1; b < nodes.Count; b++)
            {
                var score = vectors.Cosine(a, b);
                if (score > 0.05)
                {
                    yield return $"#{a}-#{b} {score:0.000} linkable={Linkable(facts, a, b)}";
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

        // Terms and facts are read from the events each on their own, so the two (each one pass) go side by side.
        var (vectors, facts) = Together(() => new TermVectors(nodes, options.MaxBlockSize), () => new LinkFacts(nodes, lexicon), cancellationToken);
        if (consumeReadings)
        {
            // Nothing after the term vectors reads an event's terms.
            for (var n = 0; n < nodes.Count; n++)
            {
                nodes[n] = nodes[n] with { Terms = TermSet.Empty };
            }
        }

        var candidates = Candidates(nodes, facts, vectors, cancellationToken);

        var mainOf = new int[nodes.Count];
        for (var n = 1; n < nodes.Count; n++)
        {
            mainOf[n] = nodes[n].IsMain ? n : mainOf[n - 1];
        }

        var clusters = new ClusterSet(facts, mainOf, vectors);
        foreach (var candidate in candidates)
        {
            var (a, b, score) = Candidate.Unpack(candidate);
            cancellationToken.ThrowIfCancellationRequested();

            // Most candidates join events an earlier, better link already put together: nothing is left to weigh.
            if (clusters.Find(a) == clusters.Find(b))
            {
                continue;
            }

            // One story (one report, or reports whose main events are linked) recalling an earlier attack at the same
            // place recalls one attack, though a paragraph or two share too few words to show it.
            var storyLinked = !facts.IsMain(a) && !facts.IsMain(b) && clusters.Find(mainOf[a]) == clusters.Find(mainOf[b]);
            var sameStory = storyLinked && (facts.Series(a) || facts.SharesSpecificPlace(a, b));

            // "Previous attacks on US targets" in one report and "recent attacks on US facilities" in another: one
            // series when the reports tell one story, and no anchor at all otherwise.
            var threshold = Threshold(facts, a, b);
            if ((score < threshold && !sameStory) || (facts.Series(a) && !storyLinked))
            {
                continue;
            }

            clusters.TryMerge(a, b, threshold, forced: score >= 1 || sameStory || (facts.SameDay(a, b) && facts.SharePlace(a, b)));
        }

        // Clusters are numbered in canonical claim order (documents by id, claims in order), as their first claim comes.
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
            () => new DescribeScratch(),
            (k, _, scratch) =>
            {
                scratch.Members.Clear();
                for (var m = memberStart[k]; m < memberStart[k + 1]; m++)
                {
                    scratch.Members.Add((nodes[members[m]], claimCountOfNode[members[m]]));
                }

                result[k] = Describe(string.Create(CultureInfo.InvariantCulture, $"e{k + 1}"), scratch, clusters.DateOf(rootOrder[k]), claimIds[k]);
                return scratch;
            },
            _ => { });

        return result;
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

    private UInt128[] Candidates(List<LocalEvent> nodes, LinkFacts facts, TermVectors vectors, CancellationToken cancellationToken)
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

        // Each event's neighbours are found on their own, so blocks of events spread over cores; the sort below fixes
        // the order. A block's working space (two arrays as long as the events) is handed on to the next block rather
        // than made anew, so a large run makes one per core.
        var blocks = new UInt128[(nodes.Count + CandidateBlock - 1) / CandidateBlock][];
        var scratches = new System.Collections.Concurrent.ConcurrentBag<CandidateScratch>();
        var linkable = (int a, int b) => Linkable(facts, a, b);
        Parallel.For(0, blocks.Length, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, block =>
        {
            var scratch = scratches.TryTake(out var free) ? free : new CandidateScratch(nodes.Count);
            scratch.Scored.Clear();
            for (var a = block * CandidateBlock; a < Math.Min(nodes.Count, (block + 1) * CandidateBlock); a++)
            {
                scratch.Neighbours.Clear();
                vectors.Neighbours(a, sameWeapon[a], linkable, scratch.Neighbours, scratch.Vectors);
                AddScored(facts, a, scratch.Neighbours, scratch.Scored);
            }

            blocks[block] = [.. scratch.Scored];
            scratches.Add(scratch);
        });

        // Links of two events dated to the same day go first: a document's recalled event pinned to another document's
        // main event then keeps that document's own main event out of it, whatever wording they share. Main events
        // come next, so recalled events are linked knowing which reports tell the same story.
        var scored = new UInt128[blocks.Sum(b => b.Length)];
        var filled = 0;
        foreach (var block in blocks)
        {
            block.CopyTo(scored, filled);
            filled += block.Length;
        }

        Array.Sort(scored);
        return scored;
    }

    /// <summary>Adds the candidate links of <paramref name="a"/> to its linkable neighbours that are strong enough to try.</summary>
    private void AddScored(LinkFacts facts, int a, List<(int Node, double Cosine)> neighbours, List<UInt128> scored)
    {
        foreach (var (b, cosine) in neighbours)
        {
            var score = cosine;
            if (facts.SameDocument(a, b) && facts.IsSpecific(facts.Family(a)) && facts.Family(a) == facts.Family(b))
            {
                score = Math.Max(score, 1);
            }

            var sameDay = facts.SameDay(a, b);
            if (sameDay)
            {
                score += 0.1;
            }

            if ((facts.Weekdays(a) & facts.Weekdays(b)) != 0)
            {
                score += 0.05;
            }

            if (facts.SharePlace(a, b))
            {
                score += 0.05;
            }

            // Recalled events that name the same specific place wait to see whether they belong to one story (see Link).
            var bothMain = facts.IsMain(a) && facts.IsMain(b);
            if (score >= Threshold(facts, a, b) || (!facts.IsMain(a) && !facts.IsMain(b) && (facts.Series(a) || facts.SharesSpecificPlace(a, b))))
            {
                scored.Add(Candidate.Pack(sameDay ? 0 : bothMain ? 1 : 2, a, b, score));
            }
        }
    }

    private static bool Linkable(LinkFacts facts, int x, int y)
    {
        if (facts.SameDocument(x, y) && (facts.IsMain(x) || facts.IsMain(y)))
        {
            return false;
        }

        if (!facts.FamiliesCompatible(facts.Family(x), facts.Family(y)) || !facts.DatesCompatible(x, y))
        {
            return false;
        }

        // Look-alikes are often told apart by the day alone: main events that name only different weekdays differ.
        if (facts.IsMain(x) && facts.IsMain(y))
        {
            // Two strikes answering different kinds of attack are two strikes.
            if (!facts.FamiliesCompatible(facts.Cause(x), facts.Cause(y)))
            {
                return false;
            }

            return facts.Weekdays(x) == 0 || facts.Weekdays(y) == 0 || (facts.Weekdays(x) & facts.Weekdays(y)) != 0;
        }

        // A series of attacks and one attack are two events, even where the one is among the series.
        if (facts.Series(x) != facts.Series(y))
        {
            return false;
        }

        // An event recalled in passing says little; it joins another only on a shared anchor, never on wording alone.
        return facts.Series(x) || Anchored(facts, x, y);
    }

    private static bool Anchored(LinkFacts facts, int x, int y)
    {
        if (facts.SameDay(x, y))
        {
            return true;
        }

        var sameFamily = facts.IsSpecific(facts.Family(x)) && facts.Family(x) == facts.Family(y);

        // Within one document, two recalled events of the same weapon are the same recalled event.
        if (sameFamily && (facts.HasDate(x) || facts.HasDate(y) || facts.SameDocument(x, y)))
        {
            return true;
        }

        return facts.SharesSpecificPlace(x, y);
    }

    private double Threshold(LinkFacts facts, int x, int y) =>
        facts.IsMain(x) && facts.IsMain(y) ? options.SimilarityThreshold : options.BackgroundSimilarityThreshold;

    private static EventCluster Describe(string id, DescribeScratch scratch, DateCue date, string[] claimIds)
    {
        var members = scratch.Members;
        var counts = scratch.Counts;
        counts.Clear();
        foreach (var (e, claims) in members)
        {
            if (!EventLexicon.IsGeneric(e.Family))
            {
                Count(counts, e.Trigger!, claims + 1);
            }
        }

        var trigger = MostCommon(counts);
        if (trigger is null)
        {
            foreach (var (e, claims) in members)
            {
                if (e.Trigger is not null)
                {
                    Count(counts, e.Trigger, claims + 1);
                }
            }

            trigger = MostCommon(counts);
        }

        counts.Clear();
        var actors = new List<string>();
        var documents = 0;
        for (var m = 0; m < members.Count; m++)
        {
            var (e, claims) = members[m];
            for (var p = 0; p < Math.Min(2, e.Places.Count); p++)
            {
                Count(counts, e.Places[p], claims + 1);
            }

            actors.AddRange(e.Actors);

            // Members are in node order, where a document's events are consecutive and documents go by id.
            if (m == 0 || !string.Equals(e.DocumentId, members[m - 1].Event.DocumentId, StringComparison.Ordinal))
            {
                documents++;
            }
        }

        var place = MostCommon(counts);
        actors.Sort(StringComparer.Ordinal);
        var distinct = 0;
        for (var a = 0; a < actors.Count; a++)
        {
            if (distinct == 0 || !string.Equals(actors[a], actors[distinct - 1], StringComparison.Ordinal))
            {
                actors[distinct++] = actors[a];
            }
        }

        actors.RemoveRange(distinct, actors.Count - distinct);
        var dateText = date.IsEmpty ? null : date.ToString();

        // Label and reason are written into one reused builder, so a cluster makes no strings but the two it keeps.
        var text = scratch.Text.Clear();
        var label = AppendCues(text, trigger, place, dateText, named: false, ", ").Length == 0 ? "unnamed event" : text.ToString();
        var shared = trigger is not null || place is not null || dateText is not null;
        text.Clear();
        if (documents == 1)
        {
            if (members.Exists(m => m.Event.IsMain))
            {
                text.Append("The main event of one document");
            }
            else
            {
                text.Append("An event one document recalls, set apart by ").Append(members.First(m => m.Event.Marker is not null).Event.Marker);
            }
        }
        else if (members.TrueForAll(m => m.Event.Series))
        {
            text.Append(CultureInfo.InvariantCulture, $"A series of attacks that {documents} reports of one story recall");
        }
        else
        {
            text.Append("Same ");
            if (shared)
            {
                AppendCues(text, trigger, place, dateText, named: true, " and ");
            }
            else
            {
                text.Append("content terms");
            }

            text.Append(CultureInfo.InvariantCulture, $" in {documents} documents").Append(members.Exists(m => !m.Event.IsMain) ? ", including events recalled as background" : string.Empty);
            shared = false;
        }

        if (shared)
        {
            AppendCues(text.Append(" ("), trigger, place, dateText, named: true, ", ").Append(')');
        }

        var reason = text.Append('.').ToString();

        return new EventCluster(id, label, new EventCues(trigger, place, date.Exact, actors), claimIds, reason);
    }

    /// <summary>
    /// Appends the cues that are known, in order, separated by commas and the last by <paramref name="lastSeparator"/>:
    /// as themselves for a label, or <paramref name="named"/> for a reason ("trigger 'air strike', place Erbil and date 2021-02-25").
    /// </summary>
    private static StringBuilder AppendCues(StringBuilder text, string? trigger, string? place, string? dateText, bool named, string lastSeparator)
    {
        var count = (trigger is null ? 0 : 1) + (place is null ? 0 : 1) + (dateText is null ? 0 : 1);
        var written = 0;
        Append(trigger, "trigger '", "'");
        Append(place, "place ", string.Empty);
        Append(dateText, "date ", string.Empty);
        return text;

        void Append(string? value, string prefix, string suffix)
        {
            if (value is not null)
            {
                if (written > 0)
                {
                    text.Append(written == count - 1 ? lastSeparator : ", ");
                }

                text.Append(named ? prefix : string.Empty).Append(value).Append(named ? suffix : string.Empty);
                written++;
            }
        }
    }

    private static void Count(Dictionary<string, int> counts, string value, int weight) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, value, out _) += weight;

    /// <summary>The value with the largest total weight, ties to the ordinally first; <see langword="null"/> when there is none.</summary>
    private static string? MostCommon(Dictionary<string, int> counts)
    {
        string? best = null;
        var bestCount = 0;
        foreach (var (value, count) in counts)
        {
            if (best is null || count > bestCount || (count == bestCount && string.CompareOrdinal(value, best) < 0))
            {
                (best, bestCount) = (value, count);
            }
        }

        return best;
    }

    /// <summary>
    /// Proposed links between events A &lt; B with their scores, each packed into one 128-bit number whose ascending
    /// order is the order links are tried in: tier first, then the best score, ties by the events' indexes.
    /// </summary>
    /// <remarks>
    /// The high half is the tier above the score's bits counted down from 2⁶²: a score is from 0 to 1.2 (a cosine, or 1
    /// for a document's same-weapon pair, plus at most 0.2), and the bits of doubles from 0 to 2 rise with their values
    /// and stay below 2⁶². The low half is A above B. Sorting plain numbers is several times faster than sorting four
    /// fields with a comparer, and the score read back is the same double. Stateless.
    /// </remarks>
    private static class Candidate
    {
        private const ulong ScoreBits = (1UL << 62) - 1;

        public static UInt128 Pack(int tier, int a, int b, double score)
        {
            System.Diagnostics.Debug.Assert(score is >= 0 and < 2, "Scores are cosines with bonuses of at most 0.2.");
            var high = ((ulong)tier << 62) | (ScoreBits - (ulong)BitConverter.DoubleToInt64Bits(score));
            return new UInt128(high, ((ulong)(uint)a << 32) | (uint)b);
        }

        public static (int A, int B, double Score) Unpack(UInt128 candidate) =>
            ((int)(uint)((ulong)candidate >> 32), (int)(uint)(ulong)candidate, BitConverter.Int64BitsToDouble((long)(ScoreBits - ((ulong)(candidate >> 64) & ScoreBits))));
    }

    /// <summary>One thread's working space for finding candidates.</summary>
    /// <remarks>Used by one thread at a time; not thread-safe.</remarks>
    private sealed class CandidateScratch(int count)
    {
        public TermVectors.NeighbourScratch Vectors { get; } = new(count);

        public List<(int Node, double Cosine)> Neighbours { get; } = [];

        public List<UInt128> Scored { get; } = [];
    }

    /// <summary>One thread's working space for describing clusters.</summary>
    /// <remarks>Used by one thread at a time; not thread-safe.</remarks>
    private sealed class DescribeScratch
    {
        public List<(LocalEvent Event, int Claims)> Members { get; } = [];

        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public StringBuilder Text { get; } = new();
    }

    /// <summary>Union-find over local events that keeps each cluster's date and trigger families consistent.</summary>
    private sealed class ClusterSet
    {
        private readonly int[] parent;
        private readonly DateCue[] dates;
        // Per cluster root, the family ids (LinkFacts) of its weapons and of the events it answers; null while the root
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
        // Whole clusters are held to a share of the pair threshold: reports of one event share fewer words as a
        // group than in pairs, while dates, weekdays and answered events keep look-alikes apart.
        private const double AverageLinkFactor = 0.5;

        private readonly LinkFacts facts;
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
        public ClusterSet(LinkFacts facts, int[] mainOf, TermVectors vectors)
        {
            this.facts = facts;
            this.vectors = vectors;
            var count = facts.Count;
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
                ownFamilies[i] = facts.IsSpecific(facts.Family(i)) ? facts.Family(i) : 0;
                ownCauses[i] = facts.Cause(i);
                dates[i] = facts.Date(i);
                weekdays[i] = facts.IsMain(i) ? facts.Weekdays(i) : 0;
                isMain[i] = facts.IsMain(i);
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
            if (!forced && (sizes[ra] > 1 || sizes[rb] > 1) && AverageSimilarity(ra, rb) < threshold * AverageLinkFactor)
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
                    if (!facts.FamiliesCompatible(x, y))
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
}
