using System.Collections.Frozen;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// Zero statements: a negative determiner ("no", "none of the") or "without" before a casualty noun ("no
/// casualties", "no reports of deaths", "without casualties"), or before a noun phrase whose predicate is a
/// casualty predicate ("no Australians have been injured", "no foreigners among the victims"), states 0–0
/// with that noun phrase as subject. "Casualties" covers the dead and the injured, so it gives both.
/// </summary>
/// <remarks>Stateless apart from its lexicon; thread-safe.</remarks>
internal sealed class ZeroReader(CompiledClaimLexicon lexicon)
{
    // Casualty nouns and the kinds they state: "casualties" counts the dead and the injured together.
    private static readonly FrozenDictionary<string, (bool Killed, bool Injured)> Nouns = new Dictionary<string, (bool, bool)>(StringComparer.OrdinalIgnoreCase)
    {
        ["casualties"] = (true, true),
        ["casualty"] = (true, true),
        ["deaths"] = (true, false),
        ["fatalities"] = (true, false),
        ["dead"] = (true, false),
        ["injuries"] = (false, true),
        ["injured"] = (false, true),
        ["wounded"] = (false, true),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Words a negative noun phrase may hold before its casualty noun: "no immediate reports of any casualties", "no damage or casualties".
    private static readonly FrozenSet<string> Fillers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "immediate", "reports", "report", "reported", "of", "any", "other", "further", "damage", "or", "and", "serious", "major", "confirmed", "known", "word");

    // Auxiliaries between a negative subject and its predicate: "no one was hurt", "no Australians have been injured".
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "was", "were", "is", "are", "has", "have", "had", "been", "being", "be", "reported", "believed", "thought", "to", "so", "far", "seriously", "badly", "critically");

    private const int MaxPhrase = 6;

    // Every token is tested against the negative words; most are ruled out by length and first letter alone.
    private static readonly WordPrefilter Negatives = new(["no", "without", "none"]);

    public void Read(SentenceContext sentence, List<ClaimFinding> findings, HashSet<LocatedQuantity> used)
    {
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (!Negatives.MayContain(sentence.Word(i)) || !sentence.IsAny(i, ["no", "without", "none"]))
            {
                continue;
            }

            var zero = sentence.QuantityStartingAt(i);
            if (zero is not null && used.Contains(zero))
            {
                continue; // "No one was hurt": the casualty reader read it
            }

            var start = sentence.Is(i, "none") && sentence.Is(i + 1, "of") ? i + 2 : i + 1;
            if (ReadNoun(sentence, start, out var nounEnd) is { } kinds)
            {
                Add(sentence, findings, i, nounEnd, kinds, "people", zero);
                used.AddIfNotNull(zero);
                i = nounEnd - 1;
                continue;
            }

            if (sentence.Is(i, "without") || ReadPredicate(sentence, start, out var subject, out var predicateEnd, out var killed) is not true)
            {
                continue;
            }

            Add(sentence, findings, i, predicateEnd, (killed, !killed), subject ?? "people", zero);
            used.AddIfNotNull(zero);
            i = predicateEnd - 1;
        }
    }

    private static (bool Killed, bool Injured)? ReadNoun(SentenceContext sentence, int from, out int end)
    {
        end = from;
        for (var i = from; i < sentence.Tokens.Count && i < from + MaxPhrase; i++)
        {
            if (Nouns.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(sentence.Word(i), out var kinds))
            {
                end = i + 1;
                return kinds;
            }

            if (!Fillers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Reads "[modifiers] HEAD [aux] PREDICATE": the head is the subject, the predicate gives the kind.</summary>
    private bool? ReadPredicate(SentenceContext sentence, int from, out string? subject, out int end, out bool killed)
    {
        subject = null;
        end = from;
        killed = false;
        var headEnd = -1;
        for (var i = from; i < sentence.Tokens.Count && i < from + MaxPhrase; i++)
        {
            if (sentence.Match(lexicon.Casualty, i, out var predicate) is var length and > 0 && predicate is { Toll: false } && (predicate.SubjectBefore))
            {
                if (headEnd < 0 || predicate.Kind is not ("killed" or "injured"))
                {
                    return null;
                }

                end = i + length;
                killed = string.Equals(predicate.Kind, "killed", StringComparison.Ordinal);
                return true;
            }

            if (sentence.IsPunctuation(i))
            {
                return null;
            }

            if (headEnd >= 0 && !Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
            {
                return null; // another verb or noun: "no group has claimed", "no evidence"
            }

            if (headEnd < 0 && (sentence.IsWord(lexicon.Subjects, i) || IsPluralOrPeople(sentence, i)) && !Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
            {
                headEnd = i + 1;
                subject = sentence.Match(lexicon.Subjects, i, out var subjectClass) > 0 ? subjectClass : sentence.Word(i).ToString();
            }
        }

        return null;
    }

    // "no Australians", "no foreigners", "no one": a plural noun or "one" heads the negative subject; the predicate after it decides.
    private static bool IsPluralOrPeople(SentenceContext sentence, int i)
    {
        var word = sentence.Word(i);
        return word.Equals("one", StringComparison.OrdinalIgnoreCase) || (word.Length > 3 && word.EndsWith('s') && sentence.Tokens[i].Kind == TokenKind.Word);
    }

    private static void Add(SentenceContext sentence, List<ClaimFinding> findings, int first, int end, (bool Killed, bool Injured) kinds, string subject, LocatedQuantity? zero)
    {
        var evidence = sentence.SpanOf(first, end);
        if (kinds.Killed)
        {
            findings.Add(new ClaimFinding(ClaimKind.Killed, evidence, Interval.Exactly(0), zero?.Quantity, subject, null, null, first));
        }

        if (kinds.Injured)
        {
            findings.Add(new ClaimFinding(ClaimKind.Injured, evidence, Interval.Exactly(0), zero?.Quantity, subject, null, null, first));
        }
    }
}

/// <summary>Adds a located quantity to a set when there is one.</summary>
internal static class LocatedQuantitySetExtensions
{
    public static void AddIfNotNull(this HashSet<LocatedQuantity> set, LocatedQuantity? quantity)
    {
        if (quantity is not null)
        {
            set.Add(quantity);
        }
    }
}
