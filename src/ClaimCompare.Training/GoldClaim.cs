using ClaimCompare.Claims;

namespace ClaimCompare.Training;

/// <summary>One gold claim: where its quote lies (UTF-16 offsets), its kind, its event and what it states.</summary>
/// <param name="Id">The gold id.</param>
/// <param name="Document">The document's id.</param>
/// <param name="Kind">The claim kind.</param>
/// <param name="Start">The quote's start.</param>
/// <param name="End">The quote's end.</param>
/// <param name="Event">The gold event.</param>
/// <param name="Low">The lower bound.</param>
/// <param name="High">The upper bound.</param>
/// <param name="Actors">Accepted names of a responsibility claim's actor.</param>
/// <param name="Polarity">A responsibility claim's polarity, lower case.</param>
internal sealed record GoldClaim(string Id, string Document, ClaimKind Kind, int Start, int End, string Event, GoldBound Low, GoldBound High, IReadOnlyList<string> Actors, string? Polarity);
