using System.Collections.Frozen;
using ClaimCompare.Claims.Lexicons;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// Ties numbers to casualty predicates in either order: a number after an active predicate is its object
/// ("killing at least 22 fighters"), a number before a passive or adjectival one is its subject
/// ("22 people were killed", "83 wounded"), a number after a toll noun is the toll ("the death toll rose
/// to 31"). Single victims ("killed a US contractor") count as one.
/// </summary>
/// <remarks>Stateless apart from its lexicon; thread-safe.</remarks>
internal sealed partial class CasualtyReader(CompiledClaimLexicon lexicon)
{
    // Words that may stand between an active predicate and its number: "killing a total of 22".
    private static readonly FrozenSet<string> Bridges = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "a", "an", "the", "total", "of", "another", "also", "only", "just", "still", "all", "additional", "further", "with");

    // Words that end the phrase between a number and a predicate after it: the number belongs to another clause.
    private static readonly FrozenSet<string> Breakers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "who", "which", "that", "whom", "whose", "when", "while", "after", "before", "because", "as", "but", "if", "where",
        "said", "says", "say", "told", "than", "since", "until", "although", "though", "whereas", "whether", "including", "while", "with");

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "a", "an", "the", "another", "one");

    // The subject of a count that mixes the dead and the wounded.
    private const string MixedSubject = "casualties";

    private const int MaxObjectGap = 3;
    private const int MaxSubjectGap = 7;
    private const int MaxTollGap = 10;

    /// <summary>Reads the sentence's tolls; a number read and found to be no claim goes in <paramref name="declined"/> as well as <paramref name="used"/>.</summary>
    public void Read(SentenceContext sentence, List<ClaimFinding> findings, HashSet<LocatedQuantity> used, HashSet<LocatedQuantity> declined)
    {
        var predicates = sentence.FindAll(lexicon.Casualty);
        if (predicates.Count == 0)
        {
            ReadSubGroups(sentence, predicates, findings, used);
            return;
        }

        var linked = new List<(int First, int End, ClaimKind Kind)>();
        var links = new List<(LocatedQuantity Quantity, PhraseMatch<CasualtyPredicate> Predicate, int Finding)>();
        (string Subject, int End)? named = null;
        foreach (var quantity in sentence.Quantities)
        {
            if (!quantity.Quantity.IsCount || used.Contains(quantity) || IsVaguePartitive(sentence, quantity) || !IsHeadcount(sentence, quantity))
            {
                continue;
            }

            if (TryLink(sentence, predicates, quantity.First, quantity.End, out var predicate, out var subjectFrom, out var subjectTo))
            {
                if (predicate.Value.Kind is "count" && CountReader.IsBareVague(quantity.Quantity))
                {
                    used.Add(quantity);
                    declined.Add(quantity);
                    continue; // "many passengers are still trapped": more than one, not how many
                }

                if (predicate.Value.Kind is not "count" && predicate.Index >= quantity.End && IsIncrement(sentence, quantity))
                {
                    used.Add(quantity);
                    declined.Add(quantity);
                    continue; // "three more people died": an increment states no toll
                }

                if (IsMixedToll(sentence, predicates, predicate, quantity))
                {
                    // "killed or wounded around 160": one count of casualties; a vague one ("several were killed or injured") is none.
                    used.Add(quantity);
                    if (quantity.Quantity.Vagueness == Vagueness.Vague)
                    {
                        declined.Add(quantity);
                    }
                    else
                    {
                        findings.Add(new ClaimFinding(ClaimKind.Count, sentence.SpanOf(Math.Min(quantity.First, predicate.Index), Math.Max(quantity.End, predicate.End)), quantity.Quantity.Interval, quantity.Quantity, MixedSubject, null, null, quantity.First));
                    }

                    continue;
                }

                // A bare figure after a named one in the same clause counts the same people: "12 service members were
                // killed and 15 wounded"; across "while" or "said" it is another speaker's figure.
                var own = ReadSubject(sentence, subjectFrom, subjectTo, out var headEnd);
                if (CountsThings(sentence, subjectFrom, headEnd) || IsOtherThanMissing(predicate, quantity.First, own))
                {
                    continue; // "buried 1,182 houses", "40 cars stranded": the head noun counts things, not people
                }

                used.Add(quantity);
                var inherited = own is null && named is { } n && !HasBreaker(sentence, n.End, quantity.First) ? n.Subject : null;
                own ??= inherited is null ? FrontedPartitive(sentence, quantity.First) : null;
                var interval = predicate.Value.Toll && PassedBefore(sentence, quantity.First) && quantity.Quantity.Value is { } passed
                    ? new Interval(passed + 1, null) // "the toll has exceeded 125": more than 125
                    : SharedHedge(sentence, quantity, predicate, quantity.Quantity.Interval);
                findings.Add(Finding(sentence, predicate, quantity.First, quantity.End, headEnd, interval, quantity.Quantity, own ?? inherited ?? "people"));
                links.Add((quantity, predicate, findings.Count - 1));
                if (BodyState(sentence, quantity, predicate) is { } state)
                {
                    // "187 bodies yet to be identified" counts a part of the dead (it replaces the toll); "three bodies were
                    // recovered" is a count of its own beside the toll.
                    var count = new ClaimFinding(ClaimKind.Count, sentence.SpanOf(quantity.First, state.Index + state.Length), quantity.Quantity.Interval, quantity.Quantity, state.Value.Subject ?? "bodies", null, null, quantity.First);
                    if (state.Value.SubGroup)
                    {
                        findings[^1] = count;
                    }
                    else
                    {
                        findings.Add(count);
                    }
                }

                if (own is not null)
                {
                    named = (own, Math.Max(headEnd, quantity.End));
                }

                // The claim runs to its predicate when that follows ("27 were killed"), so a bracket after it opens a breakdown.
                linked.Add((quantity.First, Math.Max(Math.Max(headEnd, quantity.End), predicate.Index > quantity.First ? predicate.Index + predicate.Length : 0), findings[links[^1].Finding].Kind));
            }
        }

        ReadEarlierFigures(sentence, findings, used, links);
        ApplyHedgeScope(sentence, findings, links);
        ReadBreakdowns(sentence, findings, used, linked);
        ReadSubGroups(sentence, predicates, findings, used);
        ReadElidedBodyStates(sentence, predicates, findings, used);
        ReadFigureAnaphors(sentence, findings, used);
        linked.Sort((a, b) => a.First.CompareTo(b.First));
        ReadSingleVictims(sentence, predicates, findings, linked);
    }

    private static bool HasBreaker(SentenceContext sentence, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Breakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Gives numbers listed beside a casualty figure the same kind: "27 were killed (20 civilians and 7
    /// soldiers)", "At least 39 people, including four children, were killed", "16 civilians, six soldiers".
    /// Only counts of people join a list, and only across list words.
    /// </summary>
    private void ReadBreakdowns(SentenceContext sentence, List<ClaimFinding> findings, HashSet<LocatedQuantity> used, List<(int First, int End, ClaimKind Kind)> linked)
    {
        if (linked.Count == 0)
        {
            return;
        }

        var added = new List<(int First, int End, ClaimKind Kind)>();
        foreach (var quantity in sentence.Quantities)
        {
            if (!quantity.Quantity.IsCount || used.Contains(quantity) || PeopleSubject(sentence, quantity.End, out var headEnd) is not { } subject)
            {
                continue;
            }

            // Items already placed anchor the next: "(20 civilians and 7 soldiers)" are both of the total before them.
            foreach (var (first, end, kind) in linked.Concat(added).OrderBy(l => Math.Min(Math.Abs(l.First - quantity.End), Math.Abs(quantity.First - l.End))))
            {
                // Inside the claim's own span ("39 people, including four children, were killed") the list starts after its number.
                var (from, to) = end <= quantity.First ? (end, quantity.First) : first < quantity.First ? (first + 1, quantity.First) : (headEnd, first);
                if (to < from || to - from > 12 || !IsListGap(sentence, from, to))
                {
                    continue;
                }

                used.Add(quantity);
                findings.Add(new ClaimFinding(kind, sentence.SpanOf(quantity.First, headEnd), quantity.Quantity.Interval, quantity.Quantity, subject, null, null, quantity.First));
                added.Add((quantity.First, headEnd, kind));
                break;
            }
        }

        linked.AddRange(added);
    }

    /// <summary>"Of US military personnel, twelve were killed": a fronted "of" phrase names whom a bare figure counts.</summary>
    private string? FrontedPartitive(SentenceContext sentence, int first)
    {
        if (!sentence.Is(first - 1, ","))
        {
            return null;
        }

        for (var k = first - 2; k >= 0 && k >= first - 7; k--)
        {
            if (sentence.IsPunctuation(k))
            {
                return null;
            }

            if (sentence.Is(k, "of"))
            {
                return PeopleSubject(sentence, k + 1, out var headEnd) is { } subject && headEnd == first - 1 ? subject : null;
            }
        }

        return null;
    }

    private string? PeopleSubject(SentenceContext sentence, int from, out int headEnd)
    {
        headEnd = from;
        for (var i = from; i < from + 4 && i < sentence.Tokens.Count; i++)
        {
            if (sentence.IsPunctuation(i))
            {
                return null;
            }

            if (sentence.Match(lexicon.Subjects, i, out var subject) is var length and > 0)
            {
                headEnd = i + length;
                return subject;
            }
        }

        return null;
    }

    private bool IsListGap(SentenceContext sentence, int from, int to)
    {
        var connected = false;
        for (var i = from; i < to; i++)
        {
            if (ListWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
            {
                connected = true;
                continue;
            }

            if (Breakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)) && !sentence.Is(i, "including")
                || sentence.Match(lexicon.Casualty, i, out _) > 0
                || sentence.IsAny(i, [".", ";", ":", "?", "!"]))
            {
                return false;
            }
        }

        return connected;
    }

    // Words that join the items of a breakdown.
    private static readonly FrozenSet<string> ListWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, ",", "and", "(", ")", "including", "among", "them", "whom", "which", "plus", "of", "were", "are", "while", "with", "—", "-");

    // A vague plural of a number word ("dozens", "hundreds") states a magnitude even as a share: "hundreds of the injured".
    private const int MagnitudeLow = 12;

    /// <summary>"many of those injured", "some of the wounded": a vague share of a group counted elsewhere, not a figure.</summary>
    internal static bool IsVaguePartitive(SentenceContext sentence, LocatedQuantity quantity) =>
        quantity.Quantity.Vagueness == Vagueness.Vague && quantity.Quantity.Interval.Low < MagnitudeLow && sentence.Is(quantity.End, "of")
        && sentence.IsAny(quantity.End + 1, ["the", "those", "them", "these", "whom", "which", "us"]);

    /// <summary>Reads the subject noun phrase in <c>[from, to)</c>: a known subject class, else its head noun.</summary>
    internal string? ReadSubject(SentenceContext sentence, int from, int to) => ReadSubject(sentence, from, to, out _);

    /// <summary>Reads the subject noun phrase in <c>[from, to)</c>; <paramref name="headEnd"/> is the token after its head, or <paramref name="from"/>.</summary>
    internal string? ReadSubject(SentenceContext sentence, int from, int to, out int headEnd)
    {
        to = Math.Min(to, sentence.Tokens.Count);
        headEnd = from;
        string? head = null;
        for (var i = from; i < to && i < from + 6; i++)
        {
            if (sentence.IsPunctuation(i) && !sentence.Is(i, "-"))
            {
                break;
            }

            var word = sentence.Word(i);
            if (Breakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || sentence.Match(lexicon.Casualty, i, out _) > 0)
            {
                break;
            }

            if (sentence.Match(lexicon.Subjects, i, out var subject) is var length and > 0)
            {
                headEnd = i + length;
                return subject;
            }

            if (word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("in", StringComparison.OrdinalIgnoreCase)
                || word.Equals("were", StringComparison.OrdinalIgnoreCase) || word.Equals("was", StringComparison.OrdinalIgnoreCase)
                || word.Equals("have", StringComparison.OrdinalIgnoreCase) || word.Equals("had", StringComparison.OrdinalIgnoreCase)
                || word.Equals("are", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            if (sentence.Tokens[i].Kind == TokenKind.Word)
            {
                head = word.ToString().ToLowerInvariant();
                headEnd = i + 1;
            }
        }

        return head;
    }

    private bool TryLink(
        SentenceContext sentence,
        List<PhraseMatch<CasualtyPredicate>> predicates,
        int first,
        int end,
        out PhraseMatch<CasualtyPredicate> predicate,
        out int subjectFrom,
        out int subjectTo)
    {
        subjectFrom = end;
        subjectTo = Math.Min(sentence.Tokens.Count, end + 6);

        // A predicate inside the number's own phrase: "no deaths".
        foreach (var candidate in predicates)
        {
            if (candidate.Index >= first && candidate.End <= end)
            {
                predicate = candidate;
                return true;
            }
        }

        // Object after an active predicate: "killing at least 22 fighters", "the death of 40 people".
        for (var p = predicates.Count - 1; p >= 0; p--)
        {
            var candidate = predicates[p];
            if (candidate.End > first)
            {
                continue;
            }

            if (candidate.Value.ObjectAfter && first - candidate.End <= MaxObjectGap && AllBridges(sentence, candidate.End, first)
                && (!candidate.Value.RequiresOf || sentence.Is(candidate.End, "of")))
            {
                predicate = candidate;
                return true;
            }

            break;
        }

        // Subject before a passive, adjectival or nominal predicate: "22 people were killed", "83 wounded".
        foreach (var candidate in predicates)
        {
            if (candidate.Index < end || !candidate.Value.SubjectBefore)
            {
                continue;
            }

            if (candidate.Value.RequiresContext.Count > 0 && !sentence.IsAny(first - 1, candidate.Value.RequiresContext.ToArray()))
            {
                break;
            }

            if (SubjectGapIsOpen(sentence, end, candidate.Index))
            {
                predicate = candidate;
                subjectTo = candidate.Index;
                return true;
            }

            break;
        }

        // A toll after its number, the object shifted past it: "raised to 131 the death toll", "put at 40 the number of injured".
        if (sentence.IsAny(first - 1, ["to", "at"]))
        {
            var at = sentence.Is(end, "the") ? end + 1 : end;
            foreach (var candidate in predicates)
            {
                if (candidate.Index == at && candidate.Value.Toll)
                {
                    predicate = candidate;
                    subjectTo = end;
                    return true;
                }
            }
        }

        // A toll stated before its number: "the death toll rose to 31".
        for (var p = predicates.Count - 1; p >= 0; p--)
        {
            var candidate = predicates[p];
            if (candidate.End > first || !(candidate.Value.Toll || IsTallyPostModifier(sentence, candidate)))
            {
                continue;
            }

            // A toll verb right before the number ("rose to 93") carries the toll across a long subject phrase.
            // The verb may be the number's own hedge: "has exceeded 125".
            var tollVerb = FollowsTollVerb(sentence, first) || sentence.Match(lexicon.TollVerbs, first, out _) > 0;
            var maxGap = FollowsUpdateCue(sentence, first) || tollVerb ? 3 * MaxTollGap : MaxTollGap;
            if (first - candidate.End <= maxGap && (!HasHeadcountBetween(sentence, candidate.End, first) || (tollVerb && RevisesByRelative(sentence, candidate.End, first)))
                && !HasClauseBreak(sentence, candidate.End, first))
            {
                predicate = candidate;
                subjectTo = end; // a toll counts people; the words after its number are not its subject
                return true;
            }
        }

        predicate = default;
        return false;
    }

    private bool FollowsUpdateCue(SentenceContext sentence, int first)
    {
        for (var i = Math.Max(0, first - 4); i < first; i++)
        {
            if (sentence.Match(lexicon.Timing, i, out var timing) is var length and > 0 && i + length == first && timing == ClaimTiming.Updated)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllBridges(SentenceContext sentence, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!Bridges.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
            {
                return false;
            }
        }

        return true;
    }

    private bool SubjectGapIsOpen(SentenceContext sentence, int from, int to)
    {
        var words = 0;
        for (var i = from; i < to; i++)
        {
            if (sentence.IsPunctuation(i))
            {
                // A parenthetical may interrupt: "Eight militias, claimed the Observatory, were killed",
                // "39 people, including four children, were killed", "27 (20 civilians and 7 soldiers) died".
                if ((sentence.Is(i, ",") || sentence.Is(i, "(")) && SkipParenthetical(sentence, i, to) is var after and > 0)
                {
                    i = after;
                    continue;
                }

                // An aside between dashes may interrupt too: "listed 193 others -- including children -- as missing".
                if (SkipDashAside(sentence, i, to) is var closed and > 0)
                {
                    i = closed;
                    continue;
                }

                // Quote marks and hyphens do not end the phrase: "“up to a handful” of people had been killed".
                if (sentence.IsAny(i, ["-", "’", "'", "\"", "“", "”", "‘"]))
                {
                    continue;
                }

                return false;
            }

            if (Breakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)) && !IsObjectComplement(sentence, i, to))
            {
                return false;
            }

            if (sentence.QuantityStartingAt(i) is { Quantity.IsCount: true })
            {
                return false;
            }

            if (++words > MaxSubjectGap)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Returns the index of the token that closes a parenthetical opened at <paramref name="open"/> — a
    /// reporting clause or a breakdown ("including four children") between commas, or any bracketed
    /// aside — or -1 when there is none.
    /// </summary>
    private int SkipParenthetical(SentenceContext sentence, int open, int limit)
    {
        var bracket = sentence.Is(open, "(");
        var qualifies = bracket || Asides.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(Math.Min(open + 1, sentence.Tokens.Count - 1)));
        for (var i = open + 1; i < limit && i < open + 16; i++)
        {
            if (bracket ? sentence.Is(i, ")") : sentence.Is(i, ","))
            {
                return qualifies ? i : -1;
            }

            if (!bracket && sentence.IsPunctuation(i) && !sentence.Is(i, "-"))
            {
                return -1;
            }

            if (sentence.Match(lexicon.Reporting, i, out _) > 0)
            {
                qualifies = true;
            }
        }

        // An "including" aside whose closing comma is left out runs to the predicate: "eight people, including the pilot were killed".
        if (!bracket && limit - open <= 8 && sentence.Is(open + 1, "including"))
        {
            return limit - 1;
        }

        return -1;
    }

    // Words that open an aside which does not change what the sentence counts.
    private static readonly FrozenSet<string> Asides = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "including", "among", "mostly", "most", "many", "all", "some", "mainly", "both", "according");

    private static bool HasClauseBreak(SentenceContext sentence, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (sentence.IsAny(i, [";", ":", "(", ")", "—"]))
            {
                return true;
            }
        }

        return false;
    }

    private static ClaimFinding Finding(
        SentenceContext sentence,
        PhraseMatch<CasualtyPredicate> predicate,
        int first,
        int end,
        int subjectEnd,
        Interval interval,
        Quantity? quantity,
        string subject)
    {
        var from = Math.Min(first, predicate.Index);
        var to = Math.Max(Math.Max(end, predicate.End), subjectEnd);
        var kind = predicate.Value.Kind switch
        {
            "injured" => ClaimKind.Injured,
            "count" => ClaimKind.Count,
            _ => ClaimKind.Killed,
        };

        // A state a toll depends on ("missing", "rescued") names its own subject class.
        return new ClaimFinding(kind, sentence.SpanOf(from, to), interval, quantity, predicate.Value.Subject ?? subject, null, null, first);
    }
}
