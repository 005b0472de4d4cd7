using ClaimCompare.Quantities;

namespace ClaimCompare.Claims;

/// <summary>
/// A headline states its figure in the outlet's voice, but the body says whose figure it is: "Death toll rises to
/// 259" above "has risen to 259 …, officials say". A figure in the headline that names no speaker takes the speaker
/// the body names for the same kind and the same figure; where the body names none either, the own voice stays.
/// </summary>
internal static class HeadlineSources
{
    /// <summary>Gives each unattributed headline claim the speaker of the first body claim with its kind and figure.</summary>
    /// <param name="claims">The document's claims in text order; replaced in place.</param>
    /// <param name="text">The document text.</param>
    public static void TakeBodySpeakers(List<Claim> claims, string text)
    {
        var headlineEnd = HeadlineEnd(text);
        if (headlineEnd <= 0)
        {
            return;
        }

        for (var i = 0; i < claims.Count && claims[i].Evidence.Start < headlineEnd; i++)
        {
            var headline = claims[i];
            if (headline.Kind == ClaimKind.Responsibility || headline.Source.SpeakerSpan is not null)
            {
                continue;
            }

            foreach (var body in claims)
            {
                if (body.Evidence.Start >= headlineEnd && body.Kind == headline.Kind && Restates(headline.Interval, body.Interval)
                    && body.Source.SpeakerSpan is not null && body.Source.Speaker is not null)
                {
                    claims[i] = headline with { Source = body.Source with { SpeakerSpan = null } };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether a body figure restates a headline's: the same figure, or the headline's bare number with the body's hedge
    /// ("174 dead" above "at least 174 people were killed"): headlines drop "at least", "more than" and "about".
    /// </summary>
    private static bool Restates(Interval headline, Interval body) =>
        headline == body || (headline.IsPoint && (body.Low == headline.Low || body.High == headline.High));

    // The first line is a headline when it is short and ends without a full stop, and a line follows it.
    private static int HeadlineEnd(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        if (end <= 0 || end > 250)
        {
            return -1;
        }

        var line = text.AsSpan(0, end).TrimEnd();
        return line.IsEmpty || line[^1] is '.' or '"' or '”' ? -1 : end;
    }
}
