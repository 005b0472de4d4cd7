using System.Text.Json.Serialization;
using ClaimCompare.Lexicons;

namespace ClaimCompare.Events;

/// <summary>
/// The vocabulary the events stage reads with: trigger phrases and their families (which kinds of event may be one),
/// markers of recalled and related events, standing forces, series nouns and markers, and reporting verbs. The
/// built-in table ships as the embedded <c>events.lexicon.json</c>; users add their own with <see cref="Merge"/> and
/// <see cref="Pipeline.ClaimComparerBuilder.UseEventLexicon"/>.
/// </summary>
/// <remarks>
/// <para>A trigger whose <see cref="EventTrigger.Family"/> no other entry uses adds a new kind of event: its events link
/// only with events of the same family or of a generic one. Compatibility between families is read from
/// <see cref="CompatibleFamilies"/> and <see cref="GenericFamilies"/>; whether a family names a kind of event at all
/// (for blocking by weapon and for cluster labels) is read from the built-in generic families.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed record EventLexicon
{
    private static readonly Lazy<EventLexicon> BuiltInLexicon = new(
        () => EmbeddedLexicon.Read("Events/events.lexicon.json", LexiconJsonContext.Default.EventLexicon),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the built-in lexicon.</summary>
    public static EventLexicon BuiltIn => BuiltInLexicon.Value;

    /// <summary>Gets what the table holds and where its entries come from.</summary>
    [JsonPropertyName("description")]
    public string Description { get => field ?? string.Empty; init; }

    /// <summary>Gets the trigger phrases ("air strike", "earthquake", "train crash").</summary>
    [JsonPropertyName("triggers")]
    public IReadOnlyList<EventTrigger> Triggers { get => field ?? []; init; }

    /// <summary>Gets the pairs of different families that may name one event ("strike" and "airstrike").</summary>
    [JsonPropertyName("compatibleFamilies")]
    public IReadOnlyList<EventFamilyPair> CompatibleFamilies { get => field ?? []; init; }

    /// <summary>Gets the families that name no kind of event ("attack": universal; "accident").</summary>
    [JsonPropertyName("genericFamilies")]
    public IReadOnlyList<GenericEventFamily> GenericFamilies { get => field ?? []; init; }

    /// <summary>Gets phrases that mark a sentence as recalling an earlier event ("previous attack", "last year").</summary>
    [JsonPropertyName("backgroundMarkers")]
    public IReadOnlyList<EventPhrase> BackgroundMarkers { get => field ?? []; init; }

    /// <summary>Gets phrases that introduce another event a sentence relates to ("following", "in response to").</summary>
    [JsonPropertyName("relationMarkers")]
    public IReadOnlyList<EventPhrase> RelationMarkers { get => field ?? []; init; }

    /// <summary>Gets counted subjects that, in a sentence naming no attack, describe a deployment rather than the event ("troops").</summary>
    [JsonPropertyName("standingForces")]
    public IReadOnlyList<EventPhrase> StandingForces { get => field ?? []; init; }

    /// <summary>Gets plural event nouns that name a series of attacks ("attacks", "bombings"), not one event told in the plural.</summary>
    [JsonPropertyName("seriesNouns")]
    public IReadOnlyList<EventPhrase> SeriesNouns { get => field ?? []; init; }

    /// <summary>Gets phrases that single out one attack of a series named before them ("including one", "the latest").</summary>
    [JsonPropertyName("seriesMemberMarkers")]
    public IReadOnlyList<EventPhrase> SeriesMemberMarkers { get => field ?? []; init; }

    /// <summary>Gets verbs that report or update a toll ("said", "rose"): a date beside one is the day of reporting, not the event's day.</summary>
    [JsonPropertyName("reportingVerbs")]
    public IReadOnlyList<EventPhrase> ReportingVerbs { get => field ?? []; init; }

    /// <summary>Reads a lexicon from JSON in the shape of the built-in <c>events.lexicon.json</c>; lists left out are empty.</summary>
    /// <param name="json">A stream of UTF-8 JSON; it is not closed.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.Text.Json.JsonException">The JSON does not have the lexicon's shape, or an entry lacks a required field.</exception>
    public static EventLexicon Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return EmbeddedLexicon.Read(json, LexiconJsonContext.Default.EventLexicon);
    }

    /// <summary>Returns a lexicon holding this one's entries followed by <paramref name="other"/>'s.</summary>
    /// <param name="other">The entries to add.</param>
    /// <returns>The merged lexicon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public EventLexicon Merge(EventLexicon other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new EventLexicon
        {
            Description = Description + " + " + other.Description,
            Triggers = [.. Triggers, .. other.Triggers],
            CompatibleFamilies = [.. CompatibleFamilies, .. other.CompatibleFamilies],
            GenericFamilies = [.. GenericFamilies, .. other.GenericFamilies],
            BackgroundMarkers = [.. BackgroundMarkers, .. other.BackgroundMarkers],
            RelationMarkers = [.. RelationMarkers, .. other.RelationMarkers],
            StandingForces = [.. StandingForces, .. other.StandingForces],
            SeriesNouns = [.. SeriesNouns, .. other.SeriesNouns],
            SeriesMemberMarkers = [.. SeriesMemberMarkers, .. other.SeriesMemberMarkers],
            ReportingVerbs = [.. ReportingVerbs, .. other.ReportingVerbs],
        };
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"event lexicon: {Triggers.Count} triggers, {CompatibleFamilies.Count} compatible family pairs, {ReportingVerbs.Count} reporting verbs";
}
