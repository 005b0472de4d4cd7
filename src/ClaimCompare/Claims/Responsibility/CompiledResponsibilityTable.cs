using System.Collections.Frozen;
using ClaimCompare.Text;

namespace ClaimCompare.Claims.Responsibility;

/// <summary>A <see cref="ResponsibilityTable"/> compiled into a phrase matcher and word sets, built once per pipeline.</summary>
/// <remarks>Immutable after construction; thread-safe for reading.</remarks>
internal sealed class CompiledResponsibilityTable
{
    public CompiledResponsibilityTable(ResponsibilityTable table)
    {
        foreach (var predicate in table.Predicates)
        {
            foreach (var form in predicate.Forms)
            {
                Predicates.Add(form, predicate);
            }
        }

        Phrases = table.Phrases;
        BlameNouns = Set(table.BlameNouns);
        FaultNouns = Set(table.FaultNouns);
        FaultAgents = table.FaultNouns.Where(w => w.Agent is not null).ToFrozenDictionary(w => w.Word, w => w.Agent!, StringComparer.OrdinalIgnoreCase);
        RuleNouns = Set(table.RuleNouns);
        DenyingModifiers = Set(table.DenyingModifiers);
        PartyNouns = Set(table.PartyNouns);
        EventNouns = Set(table.EventNouns);
        AttributionNouns = Set(table.AttributionNouns);
        PerpetratorNouns = Set(table.PerpetratorNouns);
        KnowledgeWords = Set(table.KnowledgeWords);
        UnknowingWords = Set(table.UnknowingWords);
        StatementNouns = Set(table.StatementNouns);
        MotiveNouns = Set(table.MotiveNouns);
        PurposeNouns = Set(table.PurposeNouns);
        CauseNouns = Set(table.CauseNouns);
        PlacingVerbs = Set(table.PlacingVerbs);
        foreach (var word in table.BlameNouns)
        {
            Cues.Add(word.Word, CueKind.Blame);
        }

        foreach (var word in table.FaultNouns)
        {
            Cues.Add(word.Word, CueKind.Fault);
        }

        foreach (var word in table.UnknowingWords.Concat(table.KnowledgeWords))
        {
            Cues.Add(word.Word, CueKind.Knowing);
        }

        Cues.Add("yet to", CueKind.YetTo);
        Cues.Add("among", CueKind.Among); // grammar: membership in a set ("among the groups that claimed")
        foreach (var word in table.OriginNouns)
        {
            Cues.Add(word.Word, CueKind.Origin);
        }

        foreach (var word in table.DenyingModifiers)
        {
            Cues.Add(word.Word, CueKind.Dismissive);
        }

        foreach (var have in new[] { "had no", "has no", "have no", "did not have", "does not have", "do not have", "didn't have", "doesn't have" })
        {
            Cues.Add(have, CueKind.NoAct); // grammar, not vocabulary: negated possession
        }
    }

    /// <summary>What a cue word starts.</summary>
    public enum CueKind
    {
        /// <summary>A fault noun ("negligence").</summary>
        Fault,

        /// <summary>A predicate of knowing ("known", "unclear").</summary>
        Knowing,

        /// <summary>"yet to": something not yet done.</summary>
        YetTo,

        /// <summary>"among": membership in the set of those who claimed.</summary>
        Among,

        /// <summary>A noun of origin ("of Iranian origin").</summary>
        Origin,

        /// <summary>An adjective that dismisses an attribution ("untrue", "baseless").</summary>
        Dismissive,

        /// <summary>Negated possession ("had no", "did not have"), which denies an act noun that follows.</summary>
        NoAct,

        /// <summary>A noun of blame placed on a party ("the blame placed on", "the responsibility on").</summary>
        Blame,
    }

    /// <summary>Gets the matcher of the nouns and adjectives the clause reader reads without a predicate; mask bit 11.</summary>
    public PhraseMatcher<CueKind> Cues { get; } = new() { Mask = 1 << 11 };

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CauseNouns { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacingVerbs { get; }

    /// <summary>Gets the matcher of every predicate form; its mask bit (12) is set by the claim lexicon's first-word index.</summary>
    public PhraseMatcher<ResponsibilityPredicate> Predicates { get; } = new() { Mask = 1 << 12 };

    /// <summary>Gets the generated phrases the phrase reader adds to its own.</summary>
    public IReadOnlyList<ResponsibilityPhrase> Phrases { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BlameNouns { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FaultNouns { get; }

    public FrozenDictionary<string, string> FaultAgents { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RuleNouns { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DenyingModifiers { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartyNouns { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EventNouns { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AttributionNouns { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PerpetratorNouns { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnowledgeWords { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnknowingWords { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StatementNouns { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MotiveNouns { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PurposeNouns { get; }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(IEnumerable<ResponsibilityWord> words) =>
        words.Select(w => w.Word).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
