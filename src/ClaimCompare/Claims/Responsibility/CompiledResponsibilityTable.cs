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

        /// <summary>A noun of blame placed on a party ("the blame placed on", "the responsibility on").</summary>
        Blame,
    }

    /// <summary>Gets the matcher of the nouns and adjectives the clause reader reads without a predicate; mask bit 11.</summary>
    public PhraseMatcher<CueKind> Cues { get; } = new() { Mask = 1 << 11 };

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CauseNouns { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacingVerbs { get; }

    /// <summary>Gets the matcher of every predicate form; its mask bit is set by the claim lexicon's first-word index.</summary>
    public PhraseMatcher<ResponsibilityPredicate> Predicates { get; } = new() { Mask = 1 << 10 };

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

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(IEnumerable<ResponsibilityWord> words) =>
        words.Select(w => w.Word).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
