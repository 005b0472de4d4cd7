using ClaimCompare.Claims.Lexicons;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// Where a state predicate ("missing", "dead") stands away from its number: as the complement of an object
/// ("listed 193 others as missing"), after an aside set off by dashes ("193 others -- including children --
/// as missing"), or as the post-modifier of a "number of" noun phrase that names a toll ("the number of
/// ferry passengers missing rose to 180").
/// </summary>
internal sealed partial class CasualtyReader
{
    // Dashes that open and close an aside: a hyphen pair ("--"), an en dash or an em dash.
    private static readonly string[] Dashes = ["-", "–", "—"];

    // Nouns of a tally whose "of" phrase, post-modified by a state predicate, names a toll (Quirk et al. §17.13,
    // post-modification by a reduced relative): "the number of people missing", "the count of those killed".
    private static readonly string[] TallyNouns = ["number", "count", "tally"];

    // How many words may stand between "of" and the state predicate: "number of ferry sinking missing".
    private const int MaxTallyModifiers = 4;

    /// <summary>
    /// Whether an object read after a predicate of the missing ("searching for 25 people") is no missing person: only
    /// people as a whole are searched for as the missing; "searching for two suspects" counts no one lost.
    /// </summary>
    private static bool IsOtherThanMissing(PhraseMatch<CasualtyPredicate> predicate, int first, string? head) =>
        predicate.Value.ObjectAfter && predicate.Index < first && string.Equals(predicate.Value.Subject, MissingSubject, StringComparison.Ordinal)
        && head is not null && !string.Equals(head, "people", StringComparison.Ordinal);

    // The subject class of people not yet found.
    private const string MissingSubject = "missing";

    /// <summary>
    /// Whether "as" at <paramref name="index"/> introduces the predicate at <paramref name="predicate"/> as the
    /// complement of the object before it: "listed 193 others as missing", "reported 40 people as dead"
    /// (the object-complement construction, Quirk et al. §16.45). Only an "as" right before the predicate counts, not
    /// one after a comma, which opens a clause ("436 on Monday, as bodies were recovered"), nor one before a noun of
    /// people, which is no complement.
    /// </summary>
    private bool IsObjectComplement(SentenceContext sentence, int index, int predicate) =>
        index == predicate - 1 && sentence.Is(index, "as") && !sentence.Is(index - 1, ",") && sentence.Match(lexicon.Subjects, predicate, out _) == 0;

    /// <summary>
    /// Returns the last dash of an aside set off by dashes that opens at <paramref name="open"/> with an aside word
    /// ("-- including children --"), or -1 when there is none before <paramref name="limit"/>.
    /// </summary>
    private static int SkipDashAside(SentenceContext sentence, int open, int limit)
    {
        var i = open;
        while (i < limit && sentence.IsAny(i, Dashes))
        {
            i++;
        }

        if (i == open || i >= limit || !Asides.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
        {
            return -1;
        }

        for (var k = i + 1; k < limit && k < open + 16; k++)
        {
            if (sentence.IsAny(k, Dashes))
            {
                while (k + 1 < limit && sentence.IsAny(k + 1, Dashes))
                {
                    k++;
                }

                return k;
            }

            if (sentence.IsPunctuation(k) && !sentence.Is(k, ","))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a predicate read after its subject ("missing") post-modifies the "of" phrase of a tally noun, so that
    /// the phrase names a toll a later number states: "raises the number of ferry passengers missing to 180".
    /// </summary>
    private static bool IsTallyPostModifier(SentenceContext sentence, PhraseMatch<CasualtyPredicate> predicate)
    {
        if (!predicate.Value.SubjectBefore)
        {
            return false;
        }

        for (var k = predicate.Index - 1; k >= 1 && k >= predicate.Index - 1 - MaxTallyModifiers; k--)
        {
            if (sentence.IsPunctuation(k) && !sentence.Is(k, "-"))
            {
                return false;
            }

            if (sentence.Is(k, "of"))
            {
                // "a number of people missing" is a vague quantifier ("several"), not a tally.
                return sentence.IsAny(k - 1, TallyNouns) && !sentence.Is(k - 2, "a");
            }
        }

        return false;
    }
}
