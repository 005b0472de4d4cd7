using ClaimCompare.Claims.Lexicons;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>A <see cref="ClaimLexicon"/> compiled into phrase matchers, built once per pipeline.</summary>
/// <remarks>Immutable after construction; thread-safe for reading.</remarks>
internal sealed class CompiledClaimLexicon
{
    public CompiledClaimLexicon(ClaimLexicon lexicon)
    {
        foreach (var predicate in lexicon.CasualtyPredicates)
        {
            Casualty.Add(predicate.Phrase, predicate);
        }

        foreach (var verb in lexicon.ReportingVerbs)
        {
            Reporting.Add(verb, true);
        }

        foreach (var hedge in lexicon.AttributionHedges)
        {
            Hedges.Add(hedge, true);
        }

        foreach (var role in lexicon.SpeakerRoles)
        {
            Roles.Add(role, true);
        }

        foreach (var cue in lexicon.UpdateCues)
        {
            Timing.Add(cue, ClaimTiming.Updated);
        }

        foreach (var cue in lexicon.EarlierCues)
        {
            Timing.Add(cue, ClaimTiming.Earlier);
        }

        foreach (var verb in lexicon.TollVerbs)
        {
            TollVerbs.Add(verb, false);
        }

        foreach (var verb in lexicon.TollExceedVerbs)
        {
            TollVerbs.Add(verb, true);
        }

        foreach (var agency in lexicon.NewsAgencies)
        {
            Agencies.Add(agency);
        }

        foreach (var subject in lexicon.SubjectClasses)
        {
            foreach (var head in subject.Heads)
            {
                Subjects.Add(head, subject.Subject);
            }
        }

        foreach (var victim in lexicon.SingularVictims)
        {
            Victims.Add(victim, victim);
        }

        foreach (var state in lexicon.BodyStates)
        {
            BodyStates.Add(state.Phrase, state);
        }

        foreach (var thing in lexicon.CountedThings)
        {
            Things.Add(thing, true);
        }

        foreach (var noun in lexicon.ActorNouns)
        {
            ActorNouns.Add(noun, true);
        }

        AddAll(lexicon.Responsibility.Claimed, Polarity.Claimed);
        AddAll(lexicon.Responsibility.Asserted, Polarity.Asserted);
        AddAll(lexicon.Responsibility.Denied, Polarity.Denied);
        AddAll(lexicon.Responsibility.Unclaimed, Polarity.Unclaimed);
        AddAll(lexicon.Responsibility.Unknown, Polarity.Unknown);
        foreach (var phrase in ResponsibilityTable.Phrases)
        {
            Responsibility.Add(phrase.Phrase, phrase.Polarity);
        }

        FirstWords.Add(Casualty);
        FirstWords.Add(Reporting);
        FirstWords.Add(Hedges);
        FirstWords.Add(Roles);
        FirstWords.Add(Timing);
        FirstWords.Add(Subjects);
        FirstWords.Add(Victims);
        FirstWords.Add(Things);
        FirstWords.Add(Responsibility);
        FirstWords.Add(ActorNouns);
        FirstWords.Add(TollVerbs);
        FirstWords.Add(BodyStates);
        FirstWords.Add(ResponsibilityTable.Predicates);
        FirstWords.Add(ResponsibilityTable.Cues);
    }

    /// <summary>Gets the responsibility predicate families and word lists (the built-in table).</summary>
    public ClaimCompare.Claims.Responsibility.CompiledResponsibilityTable ResponsibilityTable { get; } = new(ClaimCompare.Claims.Responsibility.ResponsibilityTable.BuiltIn);

    /// <summary>Gets which matchers can start a phrase at a word; a sentence is looked up once for all of them.</summary>
    public FirstWordIndex FirstWords { get; } = new();

    public PhraseMatcher<CasualtyPredicate> Casualty { get; } = new() { Mask = 1 << 0 };

    public PhraseMatcher<bool> Reporting { get; } = new() { Mask = 1 << 1 };

    public PhraseMatcher<bool> Hedges { get; } = new() { Mask = 1 << 2 };

    public PhraseMatcher<bool> Roles { get; } = new() { Mask = 1 << 3 };

    public PhraseMatcher<ClaimTiming> Timing { get; } = new() { Mask = 1 << 4 };

    public PhraseMatcher<string> Subjects { get; } = new() { Mask = 1 << 5 };

    public PhraseMatcher<string> Victims { get; } = new() { Mask = 1 << 6 };

    public PhraseMatcher<bool> Things { get; } = new() { Mask = 1 << 7 };

    public PhraseMatcher<Polarity> Responsibility { get; } = new() { Mask = 1 << 8 };

    public PhraseMatcher<bool> ActorNouns { get; } = new() { Mask = 1 << 9 };

    /// <summary>Gets the verbs and prepositions that state a toll's figure; the value says whether the figure was passed ("exceeded").</summary>
    public PhraseMatcher<bool> TollVerbs { get; } = new() { Mask = 1 << 10 };

    /// <summary>Gets the states said of a counted body noun ("recovered", "yet to be identified").</summary>
    public PhraseMatcher<CasualtyPredicate> BodyStates { get; } = new() { Mask = 1 << 13 };

    /// <summary>Gets the news agencies' names as credited, case-sensitive ("AP" is not "ap").</summary>
    public List<string> Agencies { get; } = [];

    private void AddAll(IEnumerable<string> phrases, Polarity polarity)
    {
        foreach (var phrase in phrases)
        {
            Responsibility.Add(phrase, polarity);
        }
    }
}
