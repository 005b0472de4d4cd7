using System.Collections.Frozen;
using System.Text.Json;

namespace ClaimCompare.Events;

/// <summary>The event cue tables read from the embedded <c>events.lexicon.json</c>.</summary>
/// <remarks>Instances are immutable after loading and thread-safe.</remarks>
internal sealed class EventLexicon
{
    private const string ResourceName = "ClaimCompare.Events/events.lexicon.json";

    private static readonly Lazy<EventLexicon> DefaultInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<(string A, string B)> compatibleFamilies;

    private EventLexicon(IReadOnlyList<TriggerEntry> triggers, HashSet<(string, string)> compatibleFamilies, IReadOnlyList<string> background, IReadOnlyList<string> relation, IReadOnlyList<string> standingForces, IReadOnlyList<string> seriesMembers, IReadOnlyList<string> seriesNouns)
    {
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

    /// <summary>Returns whether two trigger families may name the same event.</summary>
    /// <param name="a">A family, or <see langword="null"/> when unknown.</param>
    /// <param name="b">Another family, or <see langword="null"/> when unknown.</param>
    /// <returns><see langword="true"/> when the families are compatible.</returns>
    public bool FamiliesCompatible(string? a, string? b)
    {
        if (a is null || b is null || string.Equals(a, b, StringComparison.Ordinal) || IsGeneric(a) || IsGeneric(b))
        {
            return true;
        }

        return compatibleFamilies.Contains((a, b)) || compatibleFamilies.Contains((b, a));
    }

    /// <summary>Returns whether a family says nothing of the weapon.</summary>
    /// <param name="family">The family.</param>
    /// <returns><see langword="true"/> for the generic family.</returns>
    public static bool IsGeneric(string? family) => family is null || string.Equals(family, "attack", StringComparison.Ordinal);

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

        return new EventLexicon(triggers, pairs, ReadPhrases(root, "backgroundMarkers"), ReadPhrases(root, "relationMarkers"), ReadPhrases(root, "standingForces"), ReadPhrases(root, "seriesMemberMarkers"), ReadPhrases(root, "seriesNouns"));
    }

    private static List<string> ReadPhrases(JsonElement root, string name) =>
        [.. root.GetProperty(name).EnumerateArray().Select(e => e.GetProperty("phrase").GetString()!).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];
}
