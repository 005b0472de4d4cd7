using System.Globalization;
using ClaimCompare.Claims;

namespace ClaimCompare.Benchmarks.Corpus;

/// <summary>
/// Generates a deterministic corpus of realistic English news articles about a synthetic world of
/// violent events, with the ground truth of every claim: figures in many voices and hedges, vague
/// words, revisions, conflicting sources, responsibility claims and denials, spelling variants of
/// places, groups and speakers, look-alike events (same place and kind, other year) mentioned in
/// background paragraphs, and filler with numbers that are not counts.
/// </summary>
/// <remarks>
/// <para>The same seed and size give the same bytes on every machine and .NET version (the generator uses
/// <see cref="SplitMix64"/>, not <see cref="System.Random"/>). Every article and event is a pure function of
/// (seed, index), so articles are produced lazily and independently: enumerating 100,000 articles
/// (about 300 MB of text) holds one article at a time.</para>
/// <para>Instances are immutable and thread-safe; <see cref="Article"/> may be called from many threads.</para>
/// </remarks>
public sealed class CorpusGenerator
{
    /// <summary>The seed the benchmarks use unless told otherwise.</summary>
    public const ulong DefaultSeed = 0x5EED_C1A1_5C0A_2026UL;

    private const ulong PairStream = 1;
    private const ulong EventStream = 2;
    private const ulong ArticleStream = 3;

    /// <summary>Initializes a new instance of the <see cref="CorpusGenerator"/> class.</summary>
    /// <param name="articleCount">How many articles the corpus has, 1 or more.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="articlesPerEvent">How many articles cover one event on average; sets the number of events.</param>
    /// <param name="targetLength">The approximate article length in characters; filler paragraphs pad to it.</param>
    public CorpusGenerator(int articleCount, ulong seed = DefaultSeed, int articlesPerEvent = 12, int targetLength = 3000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(articleCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(articlesPerEvent);
        ArticleCount = articleCount;
        Seed = seed;
        TargetLength = targetLength;

        // Events come in look-alike pairs, so the count is even.
        var events = Math.Max(2, (articleCount + articlesPerEvent - 1) / articlesPerEvent);
        EventCount = events + (events % 2);
    }

    /// <summary>Gets the number of articles.</summary>
    public int ArticleCount { get; }

    /// <summary>Gets the number of events in the world (even: look-alike pairs).</summary>
    public int EventCount { get; }

    /// <summary>Gets the seed.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the approximate article length in characters.</summary>
    public int TargetLength { get; }

    /// <summary>Enumerates the articles lazily, in index order.</summary>
    /// <returns>The articles with their ground truth.</returns>
    public IEnumerable<GeneratedArticle> Articles()
    {
        for (var i = 0; i < ArticleCount; i++)
        {
            yield return Article(i);
        }
    }

    /// <summary>Enumerates the documents lazily, in index order, without keeping them.</summary>
    /// <returns>The documents.</returns>
    public IEnumerable<Document> Documents()
    {
        for (var i = 0; i < ArticleCount; i++)
        {
            yield return Article(i).Document;
        }
    }

    /// <summary>Returns event <paramref name="index"/> of the world.</summary>
    /// <param name="index">From 0 to <see cref="EventCount"/> − 1.</param>
    /// <returns>The event.</returns>
    public SyntheticEvent Event(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, EventCount);

        // The pair shares place and kind of attack; only the year (and the toll) tell them apart.
        var pair = SplitMix64.ForKey(Seed, PairStream, (ulong)(index / 2));
        // Most incidents happen in towns and villages, so the number of distinct places grows with the corpus.
        var place = pair.Chance(0.6) ? TownNames.Create(pair) : pair.Pick(Vocabulary.Places);
        var trigger = pair.Pick(Vocabulary.Triggers);
        var baseYear = 2012 + pair.Next(10);
        var gap = 1 + pair.Next(4);

        var random = SplitMix64.ForKey(Seed, EventStream, (ulong)index);
        var year = index % 2 == 0 ? baseYear : baseYear + gap;
        var date = new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28));
        var bucket = random.Next(10);
        var killed = bucket < 4 ? random.Next(2, 10) : bucket < 8 ? random.Next(10, 50) : random.Next(50, 300);
        var injured = random.Next(0, (killed * 3) + 2);
        return new SyntheticEvent(
            "ev" + index.ToString("D6", CultureInfo.InvariantCulture),
            index,
            place,
            trigger,
            date,
            killed,
            injured,
            random.Pick(Vocabulary.Groups),
            index ^ 1);
    }

    /// <summary>Returns article <paramref name="index"/> with its ground truth.</summary>
    /// <param name="index">From 0 to <see cref="ArticleCount"/> − 1.</param>
    /// <returns>The article.</returns>
    public GeneratedArticle Article(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, ArticleCount);

        var random = SplitMix64.ForKey(Seed, ArticleStream, (ulong)index);
        var main = Event(random.Next(EventCount));
        var outlet = random.Pick(Vocabulary.Outlets);
        var published = main.Date.AddDays(random.Next(3));
        var writer = new ArticleWriter(random);
        var style = new ArticleStyle(random, main);

        WriteHeadline(writer, random, main, style);
        if (random.Chance(0.4))
        {
            writer.Append("By ").Append(random.Pick(Vocabulary.People).Spellings[0]).EndParagraph(false);
        }

        WriteLead(writer, random, main, style, outlet, published);
        if (random.Chance(0.5))
        {
            WriteFiller(writer, random, style, 2);
        }

        if (random.Chance(0.35))
        {
            WriteConflictingFigure(writer, random, main, style);
        }

        if (random.Chance(0.25))
        {
            WriteRevision(writer, random, main, style);
        }

        if (random.Chance(0.8))
        {
            WriteResponsibility(writer, random, main, style);
        }

        if (random.Chance(0.3))
        {
            WriteThingCount(writer, random, main, style);
        }

        if (random.Chance(0.4))
        {
            WriteDetail(writer, random, main, style);
        }

        WriteFiller(writer, random, style, 3);
        if (random.Chance(0.55))
        {
            WriteBackground(writer, random, Event(main.LookAlikeIndex), style, lookAlike: true);
        }

        if (random.Chance(0.25))
        {
            WriteBackground(writer, random, Event(random.Next(EventCount)), style, lookAlike: false);
        }

        while (writer.Length < TargetLength)
        {
            WriteFiller(writer, random, style, 2 + random.Next(3));
        }

        var id = "gen-" + index.ToString("D7", CultureInfo.InvariantCulture) + ".txt";
        var document = new Document(id, writer.ToString(), outlet, PublishedOn: published);
        return new GeneratedArticle(document, main.Id, writer.Claims);
    }

    private static void WriteHeadline(ArticleWriter writer, SplitMix64 random, SyntheticEvent main, ArticleStyle style)
    {
        var phrase = NumberPhrase.Create(random, main.Killed);
        writer.Begin();
        switch (random.Next(4))
        {
            case 0:
                writer.Append(ArticleWriter.Capitalize(style.Trigger)).Append(" kills ").Append(phrase.Text).Append(" in ").Append(style.Place);
                writer.Number(main.Id, ClaimKind.Killed, phrase, "people", null);
                break;
            case 1:
                writer.Append(ArticleWriter.Capitalize(phrase.Text)).Append(' ').Append(style.Noun).Append(" killed in ").Append(style.Place).Append(' ').Append(style.Trigger);
                writer.Number(main.Id, ClaimKind.Killed, phrase, style.Subject, null);
                break;
            case 2:
                writer.Append("Deadly ").Append(style.Trigger).Append(" hits ").Append(style.Place);
                break;
            default:
                writer.Append(ArticleWriter.Capitalize(style.Trigger)).Append(" in ").Append(style.Place).Append(": what we know");
                break;
        }

        writer.EndParagraph(style.BlankLines);
    }

    private static void WriteLead(ArticleWriter writer, SplitMix64 random, SyntheticEvent main, ArticleStyle style, string outlet, DateOnly published)
    {
        var killed = NumberPhrase.Create(random, main.Killed);
        var when = style.When(random, published);
        writer.Begin();
        if (random.Chance(0.4))
        {
            writer.Append(style.Place.ToUpperInvariant()).Append(", ").Append(ArticleWriter.Date(published, false)).Append(" (").Append(outlet).Append(") — ");
        }

        switch (random.Next(4))
        {
            case 0:
                writer.Append(ArticleWriter.Capitalize(style.ATrigger)).Append(" in ").Append(style.Place).Append(", ").Append(main.Place.Detail)
                    .Append(", ").Append(when).Append(" killed ").Append(killed.Text).Append(' ').Append(style.Noun).Append(", ")
                    .Append(style.Primary.Written).Append(' ').Append(random.Pick(Vocabulary.SaidVerbs)).Append('.');
                writer.Number(main.Id, ClaimKind.Killed, killed, style.Subject, style.Primary.Canonical);
                break;
            case 1:
                writer.Append(ArticleWriter.Capitalize(killed.Text)).Append(' ').Append(style.Noun).Append(" were killed when ").Append(style.ATrigger)
                    .Append(" hit ").Append(style.Place).Append(' ').Append(when).Append(", according to ").Append(style.Primary.Written).Append('.');
                writer.Number(main.Id, ClaimKind.Killed, killed, style.Subject, style.Primary.Canonical);
                break;
            case 2:
                var injured = NumberPhrase.Create(random, Math.Max(2, main.Injured));
                writer.Append(ArticleWriter.Capitalize(style.ATrigger)).Append(" struck ").Append(style.Place).Append(' ').Append(when).Append(", killing ")
                    .Append(killed.Text).Append(' ').Append(style.Noun).Append(" and injuring ").Append(injured.Text).Append(" others, ")
                    .Append(style.Primary.Written).Append(' ').Append(random.Pick(Vocabulary.SaidVerbs)).Append('.');
                writer.Number(main.Id, ClaimKind.Killed, killed, style.Subject, style.Primary.Canonical);
                writer.Number(main.Id, ClaimKind.Injured, injured, "people", style.Primary.Canonical);
                break;
            default:
                writer.Append(ArticleWriter.Capitalize(style.Primary.Written)).Append(" said ").Append(killed.Text).Append(' ').Append(style.Noun)
                    .Append(" had been killed in ").Append(style.ATrigger).Append(" on ").Append(style.Place).Append(' ').Append(when).Append('.');
                writer.Number(main.Id, ClaimKind.Killed, killed, style.Subject, style.Primary.Canonical);
                break;
        }

        if (random.Chance(0.6))
        {
            var injured = NumberPhrase.Create(random, Math.Max(2, main.Injured));
            var noun = random.Pick(Vocabulary.PeopleNouns);
            writer.Begin();
            string? source = style.Primary.Canonical;
            if (random.Chance(0.5))
            {
                writer.Append("Another ").Append(injured.Text).Append(' ').Append(noun.Noun).Append(random.Chance(0.5) ? " were wounded" : " were injured")
                    .Append(", ").Append(style.Primary.Written).Append(" added.");
            }
            else
            {
                writer.Append("At the hospital in ").Append(style.Place).Append(", staff said they were treating ").Append(injured.Text).Append(' ').Append(noun.Noun)
                    .Append(" for injuries.");
                source = "hospital staff";
            }

            writer.Number(main.Id, ClaimKind.Injured, injured, noun.Subject, source);
        }

        writer.EndParagraph(style.BlankLines);
    }

    private static void WriteConflictingFigure(ArticleWriter writer, SplitMix64 random, SyntheticEvent main, ArticleStyle style)
    {
        var other = style.Secondary;
        var lower = random.Chance(0.5);
        var n = lower ? Math.Max(2, main.Killed / (2 + random.Next(4))) : (main.Killed * (2 + random.Next(3))) + random.Next(5);
        var phrase = NumberPhrase.Create(random, n);
        writer.Begin();
        if (random.Chance(0.5))
        {
            writer.Append("But ").Append(other.Written).Append(" put the death toll at ").Append(phrase.Text).Append('.');
            writer.Number(main.Id, ClaimKind.Killed, phrase, "people", other.Canonical);
        }
        else
        {
            writer.Append(ArticleWriter.Capitalize(other.Written)).Append(", speaking on condition of anonymity, said ").Append(phrase.Text).Append(' ')
                .Append(style.Noun).Append(" had died.");
            writer.Number(main.Id, ClaimKind.Killed, phrase, style.Subject, other.Canonical);
        }

        writer.Begin().Append("The figures could not be independently verified.").EndParagraph(style.BlankLines);
    }

    private static void WriteRevision(ArticleWriter writer, SplitMix64 random, SyntheticEvent main, ArticleStyle style)
    {
        var later = main.Killed + 1 + random.Next(Math.Max(2, main.Killed / 2));
        var phrase = new NumberPhrase(NumberPhrase.Number(random, later), Quantities.Hedge.None, later, later);
        writer.Begin().Append(random.Chance(0.5) ? "The death toll later rose to " : "The toll climbed to ").Append(phrase.Text).Append(", ")
            .Append(style.Primary.Written).Append(" said.");
        writer.Number(main.Id, ClaimKind.Killed, phrase, "people", style.Primary.Canonical, ClaimTiming.Updated);
        if (random.Chance(0.5))
        {
            var earlier = Math.Max(2, main.Killed - random.Next(Math.Max(2, main.Killed / 2)));
            var first = new NumberPhrase(NumberPhrase.Digits(earlier), Quantities.Hedge.None, earlier, earlier);
            writer.Begin().Append(ArticleWriter.Capitalize(style.Primary.Written)).Append(" had earlier reported ").Append(first.Text).Append(" dead.");
            writer.Number(main.Id, ClaimKind.Killed, first, "people", style.Primary.Canonical, ClaimTiming.Earlier);
        }

        writer.EndParagraph(style.BlankLines);
    }

    private static void WriteResponsibility(ArticleWriter writer, SplitMix64 random, SyntheticEvent main, ArticleStyle style)
    {
        var group = random.Pick(main.Perpetrator.Spellings);
        var actor = main.Perpetrator.Canonical;
        var sentences = 1 + random.Next(2);
        for (var i = 0; i < sentences; i++)
        {
            writer.Begin();
            switch (random.Next(6))
            {
                case 0:
                    writer.Append(ArticleWriter.Capitalize(group)).Append(" claimed responsibility for the ").Append(style.Trigger).Append(" in a statement on Telegram.");
                    writer.Responsibility(main.Id, actor, Polarity.Claimed, actor, "claimed responsibility");
                    break;
                case 1:
                    writer.Append(ArticleWriter.Capitalize(style.Secondary.Written)).Append(" blamed ").Append(group).Append(" for the attack.");
                    writer.Responsibility(main.Id, actor, Polarity.Asserted, style.Secondary.Canonical, "blamed");
                    break;
                case 2:
                    writer.Append("A spokesman for ").Append(group).Append(" denied that the group was involved.");
                    writer.Responsibility(main.Id, actor, Polarity.Denied, actor, "denied");
                    break;
                case 3:
                    writer.Append("No group has claimed responsibility for the ").Append(style.Trigger).Append('.');
                    writer.Responsibility(main.Id, null, Polarity.Unclaimed, null, "No group has claimed responsibility");
                    break;
                case 4:
                    writer.Append("It was not immediately clear who carried out the attack.");
                    writer.Responsibility(main.Id, null, Polarity.Unknown, null, "not immediately clear who carried out");
                    break;
                default:
                    writer.Append(ArticleWriter.Capitalize(style.Primary.Written)).Append(" said the attack was carried out by ").Append(group).Append('.');
                    writer.Responsibility(main.Id, actor, Polarity.Asserted, style.Primary.Canonical, "carried out by");
                    break;
            }
        }

        writer.EndParagraph(style.BlankLines);
    }

    private static void WriteThingCount(ArticleWriter writer, SplitMix64 random, SyntheticEvent main, ArticleStyle style)
    {
        var thing = random.Pick(Vocabulary.ThingNouns);
        var phrase = NumberPhrase.Create(random, 2 + random.Next(30));
        writer.Begin().Append(ArticleWriter.Capitalize(phrase.Text)).Append(' ').Append(thing.Noun).Append(' ').Append(thing.Verb).Append(", ")
            .Append(style.Secondary.Written).Append(" said.");
        writer.Number(main.Id, ClaimKind.Count, phrase, thing.Subject, style.Secondary.Canonical);
        writer.EndParagraph(style.BlankLines);
    }

    private static void WriteDetail(ArticleWriter writer, SplitMix64 random, SyntheticEvent main, ArticleStyle style)
    {
        writer.Begin();
        switch (random.Next(4))
        {
            case 0:
                var children = NumberPhrase.Create(random, Math.Max(2, main.Killed / 3), allowVague: false);
                writer.Append("Among the dead were ").Append(children.Text).Append(" children, ").Append(style.Secondary.Written).Append(" said.");
                writer.Number(main.Id, ClaimKind.Killed, children, "children", style.Secondary.Canonical);
                break;
            case 1:
                var same = NumberPhrase.Create(random, main.Killed);
                writer.Append(ArticleWriter.Capitalize(style.Secondary.Written)).Append(" gave a similar toll of ").Append(same.Text).Append('.');
                writer.Number(main.Id, ClaimKind.Killed, same, "people", style.Secondary.Canonical);
                break;
            case 2:
                var attackers = NumberPhrase.Create(random, 2 + random.Next(8));
                writer.Append("Witnesses said ").Append(attackers.Text).Append(" gunmen took part in the attack.");
                writer.Number(main.Id, ClaimKind.Count, attackers, "attackers", "witnesses");
                break;
            default:
                var critical = Math.Max(2, main.Injured / 4);
                var phrase = NumberPhrase.Create(random, critical, allowVague: false);
                writer.Append("Of the wounded, ").Append(phrase.Text).Append(" were in critical condition, ").Append(style.Primary.Written).Append(" said.");
                writer.Number(main.Id, ClaimKind.Injured, phrase, "people in critical condition", style.Primary.Canonical);
                break;
        }

        writer.EndParagraph(style.BlankLines);
    }

    private static void WriteBackground(ArticleWriter writer, SplitMix64 random, SyntheticEvent other, ArticleStyle style, bool lookAlike)
    {
        var phrase = NumberPhrase.Create(random, other.Killed);
        var place = random.Pick(other.Place.Spellings);
        var trigger = random.Pick(other.Trigger.Spellings);
        writer.Begin();
        if (lookAlike && random.Chance(0.5))
        {
            writer.Append("It was not the first such attack: in ").Append(Vocabulary.Months[other.Date.Month - 1]).Append(' ')
                .Append(other.Date.Year.ToString(CultureInfo.InvariantCulture)).Append(", a similar ").Append(trigger).Append(" in ").Append(place)
                .Append(" killed ").Append(phrase.Text).Append(" people.");
        }
        else
        {
            writer.Append("In ").Append(Vocabulary.Months[other.Date.Month - 1]).Append(' ').Append(other.Date.Year.ToString(CultureInfo.InvariantCulture))
                .Append(", ").Append(phrase.Text).Append(" people were killed in ").Append(ArticleStyle.Article(trigger)).Append(' ').Append(trigger)
                .Append(" in ").Append(place).Append('.');
        }

        writer.Number(other.Id, ClaimKind.Killed, phrase, "people", null);
        writer.EndParagraph(style.BlankLines);
    }

    private static void WriteFiller(ArticleWriter writer, SplitMix64 random, ArticleStyle style, int sentences)
    {
        for (var i = 0; i < sentences; i++)
        {
            writer.Begin();
            if (random.Chance(0.12))
            {
                writer.Append(random.Pick(QuoteOpenings)).Append(random.Pick(["said a resident", "said one witness", "a shopkeeper told reporters"])).Append('.');
                continue;
            }

            writer.Append(style.NextFiller(random)
                .Replace("{place}", style.Place, StringComparison.Ordinal)
                .Replace("{year0}", style.YearBefore, StringComparison.Ordinal)
                .Replace("{weekday}", style.Weekday, StringComparison.Ordinal));
        }

        writer.EndParagraph(style.BlankLines);
    }

    private static readonly string[] QuoteOpenings =
    [
        "“We heard a huge explosion and then everything went dark,” ",
        "“The windows shook and people started running,” ",
        "\"Nobody told us anything for hours,\" ",
        "“We are still looking for my cousin,” ",
    ];
}
