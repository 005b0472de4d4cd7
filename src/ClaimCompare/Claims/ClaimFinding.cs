using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>What a reader found in one sentence, before the speaker and ids are attached.</summary>
/// <param name="Kind">The claim kind.</param>
/// <param name="Evidence">The claim's phrase.</param>
/// <param name="Interval">The stated number.</param>
/// <param name="Quantity">The quantity it came from, if any.</param>
/// <param name="Subject">Who or what is counted.</param>
/// <param name="Actor">The actor of a responsibility claim.</param>
/// <param name="Polarity">The polarity of a responsibility claim.</param>
/// <param name="AnchorToken">The token the claim hangs on, to find its nearest reporting clause.</param>
/// <param name="OnlyIfDenied">Whether the claim stands only if the document also reports its actor denying (an attack named by its actor's adjective: "Russian rocket strikes").</param>
/// <param name="ActorFrom">Where a pronoun actor is found ("said it did not launch": the speaker), filled in once speakers are known.</param>
/// <param name="Timing">The figure's timing when the reader knows it ("from 174": earlier); else the sentence's.</param>
internal sealed record ClaimFinding(
    ClaimKind Kind,
    TextSpan Evidence,
    Interval Interval,
    Quantity? Quantity,
    string? Subject,
    string? Actor,
    Polarity? Polarity,
    int AnchorToken,
    ActorReference ActorFrom = ActorReference.Named,
    bool OnlyIfDenied = false,
    ClaimTiming? Timing = null);
