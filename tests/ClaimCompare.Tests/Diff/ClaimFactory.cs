using ClaimCompare.Claims;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Tests.Diff;

/// <summary>Builds claim records by hand, as the claims stage would, for diff and report tests.</summary>
internal static class ClaimFactory
{
    public static Claim Number(string id, string document, double? low, double? high, string subject = "people", string? source = null, ClaimKind kind = ClaimKind.Killed, string eventId = "e1", ClaimTiming timing = ClaimTiming.Current, string? text = null, int start = 0)
    {
        var phrase = text ?? new Interval(low, high).ToString();
        var quantity = text is null ? null : new Quantity(new TextSpan(start, start + phrase.Length), phrase, low == high ? low : null, new Interval(low, high), Hedge.None, Vagueness.Exact);
        return new Claim(document, kind, new TextSpan(start, start + phrase.Length), phrase, new TextSpan(start, start + phrase.Length), new Interval(low, high), quantity, subject, null, null, new Attribution(source), Timing: timing)
        {
            Id = id,
            EventId = eventId,
        };
    }

    public static Claim Responsibility(string id, string document, string? actor, Polarity polarity, string? source = null, string eventId = "e1") =>
        new(document, ClaimKind.Responsibility, new TextSpan(0, 1), "x", new TextSpan(0, 1), Interval.Unbounded, null, null, actor, polarity, new Attribution(source))
        {
            Id = id,
            EventId = eventId,
        };
}
