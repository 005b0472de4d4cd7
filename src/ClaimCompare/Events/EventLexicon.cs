using System.Collections.Frozen;
using System.Text.Json;

namespace ClaimCompare.Events;

/// <summary>The event cue tables read from the embedded <c>events.lexicon.json</c>.</summary>
/// <remarks>Instances are immutable after loading and thread-safe.</remarks>
internal sealed class EventLexicon
{
    private const string ResourceName = "ClaimCompare.Events/events.lexicon.json";

    private static readonly Lazy<EventLexicon> DefaultInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // The generic families (genericFamilies): each names no kind of event; the universal ones match every family.
    private static readonly Lazy<(FrozenSet<string> Generic, FrozenSet<string> Universal)> GenericFamilies = new(
        () => (Default.genericFamilies, Default.universalFamilies), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<(string A, string B)> compatibleFamilies;
    private readonly FrozenSet<string> genericFamilies;
    private readonly FrozenSet<string> universalFamilies;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> reportingVerbLookup;

    private EventLexicon(IReadOnlyList<TriggerEntry> triggers, HashSet<(string, string)> compatibleFamilies, IReadOnlyList<(string Family, bool Universal)> generic, IReadOnlyList<string> background, IReadOnlyList<string> relation, IReadOnlyList<string> standingForces, IReadOnlyList<string> seriesMembers, IReadOnlyList<string> seriesNouns, IReadOnlyList<string> reportingVerbs)
    {
        genericFamilies = generic.Select(g => g.Family).ToFrozenSet(StringComparer.Ordinal);
        universalFamilies = generic.Where(g => g.Universal).Select(g => g.Family).ToFrozenSet(StringComparer.Ordinal);
        ReportingVerbs = reportingVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        reportingVerbLookup = ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        SeriesNouns = seriesNouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        SeriesMemberMarkers = seriesMembers;
        StandingForces = standingForces;
        // Longest phrase first so "air strike" wins over "strike" at the same position.
        Triggers = [.. triggers.OrderByDescending(t => t.Phrase.Length).ThenBy(t => t.Phrase, StringComparer.Ordinal)];
        this.compatibleFamilies = compatibleFamilies;
        BackgroundMarkers = background;
        RelationMarkers = relation;
    }

    /// <summary>Gets the lexicon shipped with the library.</summary>
    public static EventLexicon Default => DefaultInstance.Value;

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
    /// <returns><see langword="true"/> for none and for the lexicon's generic families.</returns>
    public static bool IsGeneric(string? family) => family is null || GenericFamilies.Value.Generic.Contains(family);

    private static EventLexicon Load()
    {
        using var stream = typeof(EventLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded resource " + ResourceName + " is missing.");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var triggers = new List<TriggerEntry>();
        foreach (var entry in root.GetProperty("triggers").EnumerateArray())
        {
            triggers.Add(new TriggerEntry(
                entry.GetProperty("phrase").GetString()!,
                entry.GetProperty("trigger").GetString()!,
                entry.GetProperty("family").GetString()!));
        }

        var pairs = new HashSet<(string, string)>();
        foreach (var entry in root.GetProperty("compatibleFamilies").EnumerateArray())
        {
            pairs.Add((entry.GetProperty("a").GetString()!, entry.GetProperty("b").GetString()!));
        }

        var generic = new List<(string, bool)>();
        foreach (var entry in root.GetProperty("genericFamilies").EnumerateArray())
        {
            generic.Add((entry.GetProperty("family").GetString()!, entry.GetProperty("universal").GetBoolean()));
        }

        return new EventLexicon(triggers, pairs, generic, ReadPhrases(root, "backgroundMarkers"), ReadPhrases(root, "relationMarkers"), ReadPhrases(root, "standingForces"), ReadPhrases(root, "seriesMemberMarkers"), ReadPhrases(root, "seriesNouns"), ReadPhrases(root, "reportingVerbs"));
    }

    private static List<string> ReadPhrases(JsonElement root, string name) =>
        [.. root.GetProperty(name).EnumerateArray().Select(e => e.GetProperty("phrase").GetString()!).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];
}
