using System.Collections.Frozen;

namespace ClaimCompare.Events;

/// <summary>An <see cref="EventLexicon"/> compiled into the sets and ordered lists the events stage reads with.</summary>
/// <remarks>Instances are immutable after construction and thread-safe.</remarks>
internal sealed class CompiledEventLexicon
{
    private static readonly Lazy<CompiledEventLexicon> DefaultInstance = new(() => new(EventLexicon.BuiltIn), LazyThreadSafetyMode.ExecutionAndPublication);

    // The generic families of the built-in lexicon: each names no kind of event; the universal ones match every family.
    private static readonly Lazy<(FrozenSet<string> Generic, FrozenSet<string> Universal)> GenericFamilies = new(
        () => (Default.genericFamilies, Default.universalFamilies), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<(string A, string B)> compatibleFamilies;
    private readonly FrozenSet<string> genericFamilies;
    private readonly FrozenSet<string> universalFamilies;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> reportingVerbLookup;

    /// <summary>Initializes a new instance of the <see cref="CompiledEventLexicon"/> class.</summary>
    /// <param name="lexicon">The lexicon's entries.</param>
    public CompiledEventLexicon(EventLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        genericFamilies = lexicon.GenericFamilies.Select(g => g.Family).ToFrozenSet(StringComparer.Ordinal);
        universalFamilies = lexicon.GenericFamilies.Where(g => g.Universal).Select(g => g.Family).ToFrozenSet(StringComparer.Ordinal);
        ReportingVerbs = Phrases(lexicon.ReportingVerbs).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        reportingVerbLookup = ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        SeriesNouns = Phrases(lexicon.SeriesNouns).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        SeriesMemberMarkers = Phrases(lexicon.SeriesMemberMarkers);
        StandingForces = Phrases(lexicon.StandingForces);

        // Longest phrase first so "air strike" wins over "strike" at the same position.
        Triggers = [.. lexicon.Triggers.Select(t => new TriggerEntry(t.Phrase, t.Trigger, t.Family)).OrderByDescending(t => t.Phrase.Length).ThenBy(t => t.Phrase, StringComparer.Ordinal)];
        compatibleFamilies = [.. lexicon.CompatibleFamilies.Select(p => (p.A, p.B))];
        BackgroundMarkers = Phrases(lexicon.BackgroundMarkers);
        RelationMarkers = Phrases(lexicon.RelationMarkers);
    }

    /// <summary>Gets the lexicon shipped with the library.</summary>
    public static CompiledEventLexicon Default => DefaultInstance.Value;

    /// <summary>Returns the compiled form of a lexicon: the shared one of the built-in lexicon, else a new one.</summary>
    /// <param name="lexicon">The lexicon, or <see langword="null"/> for <see cref="EventLexicon.BuiltIn"/>.</param>
    /// <returns>The compiled lexicon.</returns>
    public static CompiledEventLexicon For(EventLexicon? lexicon) =>
        lexicon is null || ReferenceEquals(lexicon, EventLexicon.BuiltIn) ? Default : new CompiledEventLexicon(lexicon);

    /// <summary>Gets the trigger phrases, longest first.</summary>
    public IReadOnlyList<TriggerEntry> Triggers { get; }

    /// <summary>Gets phrases that mark a sentence as recalling an earlier event.</summary>
    public IReadOnlyList<string> BackgroundMarkers { get; }

    /// <summary>Gets phrases that introduce another event a sentence relates to ("following", "in response to").</summary>
    public IReadOnlyList<string> RelationMarkers { get; }

    /// <summary>Gets counted subjects that, in a sentence naming no attack, describe a deployment rather than the event ("900 US troops").</summary>
    public IReadOnlyList<string> StandingForces { get; }

    /// <summary>Gets plural event nouns that name a series of attacks ("attacks", "bombings"), not one event told in the plural ("floods", "blasts").</summary>
    public FrozenSet<string> SeriesNouns { get; }

    /// <summary>Gets phrases that single out one attack of a series named before them ("including one", "the latest").</summary>
    public IReadOnlyList<string> SeriesMemberMarkers { get; }

    /// <summary>Gets verbs that report or update a toll ("said", "rose"): a date beside one is the day of reporting, not the event's day.</summary>
    public FrozenSet<string> ReportingVerbs { get; }

    /// <summary>Returns whether a word is one of <see cref="ReportingVerbs"/>, ignoring case.</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for a reporting or toll-update verb.</returns>
    public bool IsReportingVerb(ReadOnlySpan<char> word) => reportingVerbLookup.Contains(word);

    /// <summary>Returns whether two trigger families may name the same event.</summary>
    /// <param name="a">A family, or <see langword="null"/> when unknown.</param>
    /// <param name="b">Another family, or <see langword="null"/> when unknown.</param>
    /// <returns><see langword="true"/> when the families are compatible.</returns>
    public bool FamiliesCompatible(string? a, string? b)
    {
        if (a is null || b is null || string.Equals(a, b, StringComparison.Ordinal) || universalFamilies.Contains(a) || universalFamilies.Contains(b))
        {
            return true;
        }

        return compatibleFamilies.Contains((a, b)) || compatibleFamilies.Contains((b, a));
    }

    /// <summary>Returns whether a family says nothing of the weapon or kind ("attack", "accident").</summary>
    /// <param name="family">The family.</param>
    /// <returns><see langword="true"/> for none and for the built-in lexicon's generic families.</returns>
    public static bool IsGeneric(string? family) => family is null || GenericFamilies.Value.Generic.Contains(family);

    // A marker list longest first, so that the longer of two phrases at one position wins.
    private static List<string> Phrases(IReadOnlyList<EventPhrase> list) =>
        [.. list.Select(e => e.Phrase).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];
}
