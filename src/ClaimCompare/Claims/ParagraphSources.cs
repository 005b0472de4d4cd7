using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// A paragraph's attribution covers the figures that follow it in the same paragraph: "At least 91 people were killed,
/// the agency said. Two people died on Bali." News English names the speaker once and goes on in reported speech
/// without repeating "it said". A toll, injury or count stated in the article's own voice takes the speaker of the
/// toll, injury or count before it in the same paragraph, when that one names a speaker.
/// </summary>
/// <remarks>Not for responsibility claims: a party's own claim or a blame names its speaker in its own sentence.</remarks>
internal static class ParagraphSources
{
    /// <summary>Gives each own-voice figure the speaker of the figure before it in its paragraph.</summary>
    /// <param name="claims">The document's claims in text order; replaced in place.</param>
    /// <param name="sentences">The document's sentences in text order.</param>
    public static void Carry(List<Claim> claims, IReadOnlyList<Sentence> sentences)
    {
        Attribution? speaker = null;
        var paragraph = -1;
        TextSpan? sentence = null;
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (claim.Kind == ClaimKind.Responsibility)
            {
                continue;
            }

            var at = SentenceSearch.IndexAt(sentences, claim.Sentence.Start) is var index and >= 0 ? sentences[index].Paragraph : -1;
            if (at != paragraph)
            {
                (speaker, paragraph) = (null, at);
            }

            if (claim.Source.SpeakerSpan is not null && claim.Source.Speaker is not null)
            {
                (speaker, sentence) = (claim.Source, claim.Sentence);
            }
            else if (speaker is not null && claim.Sentence != sentence)
            {
                claims[i] = claim with { Source = speaker with { SpeakerSpan = null, IsHedged = claim.Source.IsHedged } };
            }
        }
    }
}
