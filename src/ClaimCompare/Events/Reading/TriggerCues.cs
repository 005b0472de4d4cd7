using ClaimCompare.Text;

namespace ClaimCompare.Events.Reading;

/// <summary>
/// Finds the triggers and background markers of a sentence and decides which of them speak for a claim: the trigger
/// nearest its evidence, and the dates and markers of its own clause that no other attack stands nearer to.
/// </summary>
/// <remarks>Stateless; thread-safe.</remarks>
internal static class TriggerCues
{
    /// <summary>The index of the lexicon's triggers in the reader's phrase table.</summary>
    public const int TriggerTable = 0;

    /// <summary>The index of the background markers ("last week", "earlier this month").</summary>
    public const int BackgroundMarkerTable = 1;

    /// <summary>The index of the relation markers ("following", "in retaliation for").</summary>
    public const int RelationMarkerTable = 2;

    /// <summary>The index of the markers that single out one of a series ("including one").</summary>
    public const int SeriesMemberMarkerTable = 3;

    // How far back from a position its clause is looked for.
    private const int RelationWindow = 160;

    // How much farther than a generic trigger a trigger that names the weapon may stand and still be the nearest.
    private const int SpecificTriggerReach = 30;

    private static readonly string[] ClauseBreaks = [";", ", but ", ", while ", ", whereas ", ", although ", ", though "];

    /// <summary>The triggers of a span in text order, each marked when <paramref name="markRelation"/> with whether it stands in a clause about another event.</summary>
    /// <returns><paramref name="found"/>, cleared and filled.</returns>
    public static List<(int Start, TriggerEntry Entry, bool InRelation)> Find(CompiledEventLexicon lexicon, AnalyzedText scan, TextSpan span, bool markRelation, List<(int Start, TriggerEntry Entry, bool InRelation)> found)
    {
        // Phrase by phrase in lexicon order, each phrase's matches in text order, as a search per phrase would find them.
        Span<PhraseHit> matches = stackalloc PhraseHit[32];
        var count = 0;
        foreach (var match in scan.Hits(TriggerTable, span))
        {
            if (count == matches.Length)
            {
                var more = new PhraseHit[matches.Length * 2];
                matches.CopyTo(more);
                matches = more;
            }

            matches[count++] = match;
        }

        matches = matches[..count];
        matches.Sort(static (a, b) => a.Phrase != b.Phrase ? a.Phrase.CompareTo(b.Phrase) : a.Start.CompareTo(b.Start));
        found.Clear();
        foreach (var (start, end, phrase) in matches)
        {
            // Longer phrases come first, so a shorter one inside an earlier match is dropped.
            if (!Overlaps(found, start, end))
            {
                found.Add((start, lexicon.Triggers[phrase], false));
            }
        }

        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        if (markRelation)
        {
            for (var i = 0; i < found.Count; i++)
            {
                found[i] = found[i] with { InRelation = InRelationClause(scan, span, found[i].Start) };
            }
        }

        return found;
    }

    /// <summary>Whether a position stands in a clause about another event ("following a drone attack", "after rocket attacks").</summary>
    public static bool InRelationClause(AnalyzedText scan, TextSpan span, int position)
    {
        var text = scan.Text;
        // The clause that holds the position: back to the nearest clause break, at most RelationWindow characters.
        var start = position;
        while (start > span.Start && position - start < RelationWindow && text[start - 1] is not (',' or '.' or ';' or ':' or '\n'))
        {
            start--;
        }

        var clause = new TextSpan(start, position);
        return !clause.IsEmpty && scan.FirstOf(RelationMarkerTable, clause) is not null;
    }

    /// <summary>The background markers of a sentence, in text order: the lexicon's phrases and "last March".</summary>
    public static void Markers(CompiledEventLexicon lexicon, AnalyzedText scan, TextSpan sentence, List<(int Start, string Phrase)> markers)
    {
        markers.Clear();
        foreach (var match in scan.Hits(BackgroundMarkerTable, sentence))
        {
            markers.Add((match.Start, lexicon.BackgroundMarkers[match.Phrase]));
        }

        if (CueScanner.LastMonth(scan, sentence) is { } lastMonth)
        {
            markers.Add(lastMonth);
        }

        markers.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// The part of a sentence that can speak for a claim: everything up to the end of the claim's clause. A clause
    /// set against the claim after it (", but", ", while", ", whereas", ", although", ";") tells of something else;
    /// what comes before the claim still frames it ("Last week, a rocket attack killed 4, while 10 were injured").
    /// </summary>
    public static TextSpan ClauseOf(string text, TextSpan sentence, TextSpan evidence)
    {
        // One pass for the earliest break: every break starts with ';' or ','.
        for (var p = Math.Clamp(evidence.End, sentence.Start, sentence.End); p < sentence.End; p++)
        {
            if (text[p] is not (';' or ','))
            {
                continue;
            }

            foreach (var clauseBreak in ClauseBreaks)
            {
                if (p + clauseBreak.Length <= sentence.End && text.AsSpan(p, clauseBreak.Length).Equals(clauseBreak, StringComparison.OrdinalIgnoreCase))
                {
                    return new TextSpan(sentence.Start, p);
                }
            }
        }

        return sentence;
    }

    /// <summary>
    /// Whether a date or marker at <paramref name="position"/> speaks for a claim whose nearest trigger is <paramref name="own"/>:
    /// it lies in the claim's clause, and no other attack the sentence names stands nearer to it.
    /// </summary>
    public static bool SpeaksFor(string text, TextSpan clause, List<(int Start, TriggerEntry Entry, bool InRelation)> triggers, (int Start, TriggerEntry Entry)? own, int position) =>
        clause.Contains(position) && (own is not { } mine || triggers.Count < 2
            || SameMention(text, triggers, NearestOf(triggers, new TextSpan(position, position + 1), relationToo: true, specificOnly: false)!.Value.Start, mine.Start));

    /// <summary>Where a phrase singling out one of a series ("including one", "the latest") follows the series in its sentence, or -1.</summary>
    public static int MemberMarker(AnalyzedText text, (int Start, TriggerEntry Entry) series, TextSpan sentence)
    {
        var from = series.Start + series.Entry.Phrase.Length;
        if (sentence.End <= from)
        {
            return -1;
        }

        // The earliest of them: "including one in Erbil that ... injured several, including one soldier" splits at the first.
        foreach (var match in text.Hits(SeriesMemberMarkerTable, new TextSpan(from, sentence.End)))
        {
            return match.Start;
        }

        return -1;
    }

    /// <summary>The trigger nearest the evidence; triggers in a clause about another event count only when <paramref name="relationToo"/>.</summary>
    public static (int Start, TriggerEntry Entry)? Nearest(List<(int Start, TriggerEntry Entry, bool InRelation)> triggers, TextSpan evidence, bool relationToo)
    {
        // A trigger that names the weapon outranks a generic one close by ("the drone struck": drone, not strike),
        // but not a generic one much closer ("the drone attack and a series of attacks by groups ...").
        var specific = NearestOf(triggers, evidence, relationToo, specificOnly: true);
        var any = NearestOf(triggers, evidence, relationToo, specificOnly: false);
        return specific is { } s && any is { } a && DistanceOf(s, evidence) - DistanceOf(a, evidence) <= SpecificTriggerReach ? s : any;
    }

    /// <summary>The characters between a span and the evidence; 0 when they overlap.</summary>
    public static int Distance(int start, int end, TextSpan evidence) =>
        end <= evidence.Start ? evidence.Start - end : start >= evidence.End ? start - evidence.End : 0;

    private static bool Overlaps(List<(int Start, TriggerEntry Entry, bool InRelation)> found, int start, int end)
    {
        foreach (var f in found)
        {
            if (f.Start < end && start < f.Start + f.Entry.Phrase.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two triggers of a sentence name the attack in one phrase ("suicide bomb blast"): nothing but spaces between them.</summary>
    private static bool SameMention(string text, List<(int Start, TriggerEntry Entry, bool InRelation)> triggers, int a, int b)
    {
        // Triggers are in text order, so each one's neighbour is the next in the list.
        var (from, to) = a <= b ? (a, b) : (b, a);
        for (var i = 0; i + 1 < triggers.Count; i++)
        {
            var (start, entry, _) = triggers[i];
            if (start >= from && start < to)
            {
                var end = start + entry.Phrase.Length;
                var next = triggers[i + 1].Start;
                if (next > to || text.AsSpan(end, Math.Max(next - end, 0)).Trim().Length > 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int DistanceOf((int Start, TriggerEntry Entry) trigger, TextSpan evidence) =>
        Distance(trigger.Start, trigger.Start + trigger.Entry.Phrase.Length, evidence);

    private static (int Start, TriggerEntry Entry)? NearestOf(List<(int Start, TriggerEntry Entry, bool InRelation)> triggers, TextSpan evidence, bool relationToo, bool specificOnly)
    {
        (int Start, TriggerEntry Entry)? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (start, entry, inRelation) in triggers)
        {
            if ((inRelation && !relationToo) || (specificOnly && (CompiledEventLexicon.IsGeneric(entry.Family) || string.Equals(entry.Family, "strike", StringComparison.Ordinal))))
            {
                continue;
            }

            var distance = Distance(start, start + entry.Phrase.Length, evidence);
            if (distance < bestDistance)
            {
                best = (start, entry);
                bestDistance = distance;
            }
        }

        return best;
    }
}
