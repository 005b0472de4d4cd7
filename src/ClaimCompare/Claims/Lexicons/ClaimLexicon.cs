using System.Text.Json.Serialization;
using ClaimCompare.Lexicons;

namespace ClaimCompare.Claims.Lexicons;

/// <summary>
/// The vocabulary the claims stage reads with: casualty predicates, reporting verbs, hedges, subject
/// classes, counted things and responsibility phrases. The built-in table ships as the embedded
/// <c>claims.lexicon.json</c>; users add their own with <see cref="Merge"/>.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ClaimLexicon
{
    // The hand table, then the tables generated from general resources (tools/lexicons/claims, tools/lexicons/sources): a phrase in both keeps the hand entry.
    private static readonly Lazy<ClaimLexicon> BuiltInLexicon = new(() => LoadEmbedded("claims.lexicon.json").Merge(LoadEmbedded("claims.generated.lexicon.json")).Merge(LoadEmbedded("sources.generated.lexicon.json")));

    private static readonly ResponsibilityPhrases Empty = new();

    /// <summary>Gets the built-in lexicon.</summary>
    public static ClaimLexicon BuiltIn => BuiltInLexicon.Value;

    /// <summary>Gets where the table's entries come from.</summary>
    [JsonPropertyName("about")]
    public string About { get => field ?? string.Empty; init; }

    /// <summary>Gets the casualty predicates.</summary>
    [JsonPropertyName("casualtyPredicates")]
    public IReadOnlyList<CasualtyPredicate> CasualtyPredicates { get => field ?? []; init; }

    /// <summary>Gets the reporting verbs ("said", "told", "according").</summary>
    [JsonPropertyName("reportingVerbs")]
    public IReadOnlyList<string> ReportingVerbs { get => field ?? []; init; }

    /// <summary>Gets the phrases that hedge an attribution ("reportedly", "it was believed").</summary>
    [JsonPropertyName("attributionHedges")]
    public IReadOnlyList<string> AttributionHedges { get => field ?? []; init; }

    /// <summary>Gets the role words that make an organisation, not a person, the speaker ("spokesman", "official").</summary>
    [JsonPropertyName("speakerRoles")]
    public IReadOnlyList<string> SpeakerRoles { get => field ?? []; init; }

    /// <summary>Gets the cues that mark a figure as an update ("rose to").</summary>
    [JsonPropertyName("updateCues")]
    public IReadOnlyList<string> UpdateCues { get => field ?? []; init; }

    /// <summary>Gets the cues that mark a figure as earlier ("initially").</summary>
    [JsonPropertyName("earlierCues")]
    public IReadOnlyList<string> EarlierCues { get => field ?? []; init; }

    /// <summary>Gets the verbs and prepositions that state or change a toll's figure after the toll noun ("stood at", "reached", "put at").</summary>
    [JsonPropertyName("tollVerbs")]
    public IReadOnlyList<string> TollVerbs { get => field ?? []; init; }

    /// <summary>Gets the toll verbs that state a figure was passed, not reached ("exceeded", "topped"): the figure is a lower bound.</summary>
    [JsonPropertyName("tollExceedVerbs")]
    public IReadOnlyList<string> TollExceedVerbs { get => field ?? []; init; }

    /// <summary>Gets the names of news agencies whose credit ("(AP)", a byline) makes them the voice of wire copy.</summary>
    [JsonPropertyName("newsAgencies")]
    public IReadOnlyList<string> NewsAgencies { get => field ?? []; init; }

    /// <summary>Gets the singular nouns that, after "a", "an", "the" or "one", count one victim ("killed a US contractor").</summary>
    [JsonPropertyName("singularVictims")]
    public IReadOnlyList<string> SingularVictims { get => field ?? []; init; }

    /// <summary>
    /// Gets the states said of a counted body noun ("N bodies were recovered", "N bodies yet to be identified"): a
    /// <see cref="ClaimKind.Count"/> with the entry's subject; a <see cref="CasualtyPredicate.SubGroup"/> state counts a part
    /// of the dead, so it replaces the toll.
    /// </summary>
    [JsonPropertyName("bodyStates")]
    public IReadOnlyList<CasualtyPredicate> BodyStates { get => field ?? []; init; }

    /// <summary>Gets the subject classes.</summary>
    [JsonPropertyName("subjectClasses")]
    public IReadOnlyList<SubjectClass> SubjectClasses { get => field ?? []; init; }

    /// <summary>Gets the nouns of counted things that make a <see cref="ClaimKind.Count"/> claim ("trucks", "rockets").</summary>
    [JsonPropertyName("countedThings")]
    public IReadOnlyList<string> CountedThings { get => field ?? []; init; }

    /// <summary>Gets the head nouns of descriptions that can name an actor ("the group", "Shia militia groups").</summary>
    [JsonPropertyName("actorNouns")]
    public IReadOnlyList<string> ActorNouns { get => field ?? []; init; }

    /// <summary>Gets the responsibility phrases.</summary>
    [JsonPropertyName("responsibility")]
    public ResponsibilityPhrases Responsibility { get => field ?? Empty; init; }

    /// <summary>Reads a lexicon from JSON in the shape of the built-in <c>claims.lexicon.json</c>.</summary>
    /// <param name="json">A stream of UTF-8 JSON; it is not closed.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.Text.Json.JsonException">The JSON does not have the lexicon's shape.</exception>
    public static ClaimLexicon Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return EmbeddedLexicon.Read(json, LexiconJsonContext.Default.ClaimLexicon);
    }

    /// <summary>Returns a lexicon holding this one's entries followed by <paramref name="other"/>'s.</summary>
    /// <param name="other">The entries to add.</param>
    /// <returns>The merged lexicon.</returns>
    public ClaimLexicon Merge(ClaimLexicon other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new ClaimLexicon
        {
            About = About + " + " + other.About,
            CasualtyPredicates = [.. CasualtyPredicates, .. other.CasualtyPredicates],
            ReportingVerbs = [.. ReportingVerbs, .. other.ReportingVerbs],
            AttributionHedges = [.. AttributionHedges, .. other.AttributionHedges],
            SpeakerRoles = [.. SpeakerRoles, .. other.SpeakerRoles],
            UpdateCues = [.. UpdateCues, .. other.UpdateCues],
            EarlierCues = [.. EarlierCues, .. other.EarlierCues],
            TollVerbs = [.. TollVerbs, .. other.TollVerbs],
            TollExceedVerbs = [.. TollExceedVerbs, .. other.TollExceedVerbs],
            NewsAgencies = [.. NewsAgencies, .. other.NewsAgencies],
            SingularVictims = [.. SingularVictims, .. other.SingularVictims],
            BodyStates = [.. BodyStates, .. other.BodyStates],
            SubjectClasses = [.. SubjectClasses, .. other.SubjectClasses],
            CountedThings = [.. CountedThings, .. other.CountedThings],
            ActorNouns = [.. ActorNouns, .. other.ActorNouns],
            Responsibility = new ResponsibilityPhrases
            {
                Claimed = [.. Responsibility.Claimed, .. other.Responsibility.Claimed],
                Asserted = [.. Responsibility.Asserted, .. other.Responsibility.Asserted],
                Denied = [.. Responsibility.Denied, .. other.Responsibility.Denied],
                Unclaimed = [.. Responsibility.Unclaimed, .. other.Responsibility.Unclaimed],
                Unknown = [.. Responsibility.Unknown, .. other.Responsibility.Unknown],
            },
        };
    }

    private static ClaimLexicon LoadEmbedded(string name) => EmbeddedLexicon.Read("Claims/Lexicons/" + name, LexiconJsonContext.Default.ClaimLexicon);

    /// <inheritdoc/>
    public override string ToString() =>
        $"claim lexicon: {CasualtyPredicates.Count} casualty predicates, {ReportingVerbs.Count} reporting verbs, {SubjectClasses.Count} subject classes";
}
