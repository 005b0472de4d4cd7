namespace ClaimCompare.Benchmarks.Corpus;

/// <summary>A speaker as an article writes it, and as the ground truth names it.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Written">The words in the text ("the Syrian Observatory", "police spokesman Muhammad al-Hasan", "a security source").</param>
/// <param name="Canonical">The canonical name of the organisation or person, or the phrase itself for unnamed sources.</param>
public sealed record Speaker(string Written, string Canonical)
{
    /// <summary>Picks a speaker: an organisation, a named person with a role, or an unnamed source.</summary>
    /// <param name="random">The article's generator.</param>
    /// <returns>The speaker.</returns>
    public static Speaker Create(SplitMix64 random)
    {
        var roll = random.Next(100);
        if (roll < 45)
        {
            var source = random.Pick(Vocabulary.Sources);
            return new Speaker(random.Pick(source.Spellings), source.Canonical);
        }

        if (roll < 75)
        {
            var person = random.Pick(Vocabulary.People);
            var role = person.Detail;
            foreach (var article in (ReadOnlySpan<string>)["a ", "an ", "the "])
            {
                if (role.StartsWith(article, StringComparison.Ordinal))
                {
                    role = role[article.Length..];
                    break;
                }
            }

            return new Speaker(role + " " + random.Pick(person.Spellings), person.Canonical);
        }

        var anonymous = random.Pick(Vocabulary.AnonymousSpeakers);
        return new Speaker(anonymous, anonymous);
    }
}
