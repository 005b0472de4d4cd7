namespace ClaimCompare.Benchmarks.Corpus;

/// <summary>One real-world event of the synthetic world: what happened, where, when, and its true toll.</summary>
/// <remarks>
/// Instances are immutable and thread-safe. Events come in look-alike pairs (ids <c>2k</c> and <c>2k+1</c>):
/// same place and kind of attack, other year, which is what a clusterer must keep apart.
/// </remarks>
/// <param name="Id">The ground-truth event id ("ev000042").</param>
/// <param name="Index">The event's index in the world.</param>
/// <param name="Place">Where it happened.</param>
/// <param name="Trigger">What kind of event it was.</param>
/// <param name="Date">When it happened.</param>
/// <param name="Killed">The true number of dead.</param>
/// <param name="Injured">The true number of wounded.</param>
/// <param name="Perpetrator">The group behind it.</param>
/// <param name="LookAlikeIndex">The index of its look-alike: same place and trigger, other year.</param>
public sealed record SyntheticEvent(
    string Id,
    int Index,
    NamedThing Place,
    NamedThing Trigger,
    DateOnly Date,
    int Killed,
    int Injured,
    NamedThing Perpetrator,
    int LookAlikeIndex);
