using System.Globalization;

namespace ClaimCompare.Benchmarks.Corpus;

/// <summary>The choices that stay fixed within one article: which spelling of the place, which phrasing of the attack, which speakers.</summary>
/// <remarks>Fixed after construction except for the record of used filler; one per article, on one thread.</remarks>
internal sealed class ArticleStyle
{
    public ArticleStyle(SplitMix64 random, SyntheticEvent main)
    {
        Place = random.Pick(main.Place.Spellings);
        Trigger = random.Pick(main.Trigger.Spellings);
        ATrigger = Article(Trigger) + " " + Trigger;
        (Subject, Noun) = random.Pick(Vocabulary.PeopleNouns);
        Primary = Speaker.Create(random);
        Secondary = Speaker.Create(random);
        BlankLines = random.Chance(0.5);
        Date = main.Date;
        YearBefore = (main.Date.Year - 1 - random.Next(8)).ToString(CultureInfo.InvariantCulture);
        Weekday = main.Date.DayOfWeek.ToString();
    }

    public string Place { get; }

    public string Trigger { get; }

    public string ATrigger { get; }

    public string Subject { get; }

    public string Noun { get; }

    public Speaker Primary { get; }

    public Speaker Secondary { get; }

    public bool BlankLines { get; }

    public DateOnly Date { get; }

    public string YearBefore { get; }

    public string Weekday { get; }

    private ulong _usedFiller;

    /// <summary>Picks a filler sentence the article has not used yet, when one is easy to find, so paragraphs do not repeat.</summary>
    public string NextFiller(SplitMix64 random)
    {
        var index = random.Next(Vocabulary.Filler.Count);
        for (var attempt = 0; attempt < 8 && (_usedFiller & (1UL << (index % 64))) != 0; attempt++)
        {
            index = random.Next(Vocabulary.Filler.Count);
        }

        _usedFiller |= 1UL << (index % 64);
        return Vocabulary.Filler[index];
    }

    public static string Article(string word) => "aeiouAEIOU".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    /// <summary>Says when the event happened, in one of the ways articles do: weekday, date, or date with year.</summary>
    public string When(SplitMix64 random, DateOnly published) => random.Next(4) switch
    {
        0 when published != Date => "on " + Weekday,
        1 => "on " + ArticleWriter.Date(Date, withYear: false),
        2 => "on " + ArticleWriter.Date(Date, withYear: true),
        _ => published == Date ? "on " + Weekday : "on " + ArticleWriter.Date(Date, withYear: false),
    };
}
