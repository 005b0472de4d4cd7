using System.Globalization;
using System.Text;
using ClaimCompare.Claims;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Benchmarks.Corpus;

/// <summary>
/// Builds claim records directly, without running extraction, so the clustering and diff stages can be
/// measured at sizes (up to millions of claims) where extracting them first would dominate the run.
/// Every claim's sentence carries real event cues (kind of attack, place spelling, date) in text, as the
/// extractor would leave them, and some sentences are background about the look-alike event.
/// </summary>
/// <remarks>Deterministic for a seed; the class is stateless and thread-safe.</remarks>
public static class SyntheticClaims
{
    /// <summary>Creates about <paramref name="claimCount"/> claims in documents of about <paramref name="claimsPerDocument"/> claims each, in canonical order with ids "c1", "c2", ...</summary>
    /// <param name="claimCount">How many claims to make, 1 or more.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="claimsPerDocument">How many claims one document carries.</param>
    /// <returns>The documents' claims, ordered by document id.</returns>
    public static IReadOnlyList<DocumentClaims> Create(int claimCount, ulong seed = CorpusGenerator.DefaultSeed, int claimsPerDocument = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(claimCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(claimsPerDocument);
        var documentCount = (claimCount + claimsPerDocument - 1) / claimsPerDocument;
        var world = new CorpusGenerator(documentCount, seed);
        var documents = new List<DocumentClaims>(documentCount);
        var nextId = 1;
        for (var d = 0; d < documentCount; d++)
        {
            var want = Math.Min(claimsPerDocument, claimCount - (d * claimsPerDocument));
            var random = SplitMix64.ForKey(seed, 7, (ulong)d);
            documents.Add(Document(world, random, d, want, ref nextId));
        }

        return documents;
    }

    /// <summary>Counts the claims in a set.</summary>
    /// <param name="documents">The set.</param>
    /// <returns>The total.</returns>
    public static int Count(IReadOnlyList<DocumentClaims> documents) => documents.Sum(d => d.Claims.Count);

    private static DocumentClaims Document(CorpusGenerator world, SplitMix64 random, int index, int want, ref int nextId)
    {
        var main = world.Event(random.Next(world.EventCount));
        var twin = world.Event(main.LookAlikeIndex);
        var outlet = random.Pick(Vocabulary.Outlets);
        var published = main.Date.AddDays(random.Next(3));
        var text = new StringBuilder(want * 120);
        var sentences = new List<Sentence>(want + 2);
        var claims = new List<Claim>(want);
        var id = "syn-" + index.ToString("D7", CultureInfo.InvariantCulture) + ".txt";
        var paragraph = 0;

        while (claims.Count < want)
        {
            var background = claims.Count > 0 && random.Chance(0.15);
            var ev = background ? twin : main;
            var place = random.Pick(ev.Place.Spellings);
            var trigger = random.Pick(ev.Trigger.Spellings);
            var speaker = Speaker.Create(random);
            var start = text.Length;
            TextSpan evidence;
            var evidenceText = string.Empty;
            NumberPhrase? phrase = null;
            var kind = ClaimKind.Killed;
            string? subject = "people";
            string? actor = null;
            Polarity? polarity = null;
            var roll = random.Next(10);
            if (background)
            {
                phrase = NumberPhrase.Create(random, ev.Killed);
                text.Append("In ").Append(Vocabulary.Months[ev.Date.Month - 1]).Append(' ').Append(ev.Date.Year.ToString(CultureInfo.InvariantCulture))
                    .Append(", a similar ").Append(trigger).Append(" in ").Append(place).Append(" killed ");
                evidence = Append(text, phrase.Text);
                text.Append(" people.");
            }
            else if (roll < 6)
            {
                var figure = random.Chance(0.7) ? ev.Killed : Math.Max(2, ev.Killed / (1 + random.Next(5)));
                phrase = NumberPhrase.Create(random, figure);
                (subject, var noun) = random.Pick(Vocabulary.PeopleNouns);
                text.Append(ArticleWriter.Capitalize(ArticleStyle.Article(trigger))).Append(' ').Append(trigger).Append(" in ").Append(place).Append(" on ")
                    .Append(ArticleWriter.Date(ev.Date, withYear: random.Chance(0.5))).Append(" killed ");
                evidence = Append(text, phrase.Text);
                text.Append(' ').Append(noun).Append(", ").Append(speaker.Written).Append(" said.");
            }
            else if (roll < 8)
            {
                kind = ClaimKind.Injured;
                phrase = NumberPhrase.Create(random, Math.Max(2, ev.Injured));
                text.Append("According to ").Append(speaker.Written).Append(", ");
                evidence = Append(text, phrase.Text);
                text.Append(" people were wounded in the ").Append(trigger).Append(" in ").Append(place).Append(" on ").Append(ev.Date.DayOfWeek.ToString()).Append('.');
            }
            else
            {
                kind = ClaimKind.Responsibility;
                subject = null;
                actor = ev.Perpetrator.Canonical;
                polarity = random.Pick([Polarity.Claimed, Polarity.Asserted, Polarity.Denied, Polarity.Unclaimed]);
                var group = random.Pick(ev.Perpetrator.Spellings);
                var (before, verb, after) = polarity switch
                {
                    Polarity.Claimed => (ArticleWriter.Capitalize(group) + " ", "claimed responsibility", " for the " + trigger + " in " + place + "."),
                    Polarity.Denied => (ArticleWriter.Capitalize(group) + " ", "denied", " carrying out the " + trigger + " in " + place + "."),
                    Polarity.Unclaimed => (string.Empty, "No group has claimed responsibility", " for the " + trigger + " in " + place + "."),
                    _ => (ArticleWriter.Capitalize(speaker.Written) + " ", "blamed", " " + group + " for the " + trigger + " in " + place + "."),
                };
                if (polarity == Polarity.Unclaimed)
                {
                    actor = null;
                }

                text.Append(before);
                evidence = Append(text, verb);
                evidenceText = verb;
                text.Append(after);
            }

            if (phrase is not null)
            {
                evidenceText = phrase.Text;
            }

            var sentenceSpan = new TextSpan(start, text.Length);
            sentences.Add(new Sentence(sentenceSpan, sentences.Count, paragraph));
            Quantity? quantity = null;
            var interval = Interval.Unbounded;
            if (phrase is not null)
            {
                interval = new Interval(phrase.Low, phrase.High);
                var vagueness = phrase.Hedge switch { Hedge.None => Vagueness.Exact, Hedge.Vague => Vagueness.Vague, _ => Vagueness.Bounded };
                double? value = phrase.Hedge is Hedge.Vague or Hedge.Range ? null : phrase.Low;
                quantity = new Quantity(evidence, phrase.Text, value, interval, phrase.Hedge, vagueness, NonCountReason.None, CountedThing.People);
            }

            var source = kind == ClaimKind.Responsibility && polarity is Polarity.Claimed or Polarity.Denied
                ? new Attribution(ev.Perpetrator.Canonical)
                : new Attribution(speaker.Canonical);
            claims.Add(new Claim(id, kind, evidence, evidenceText, sentenceSpan, interval, quantity, subject, actor, polarity, source, outlet)
            {
                Id = "c" + nextId.ToString(CultureInfo.InvariantCulture),
            });
            nextId++;

            // Two or three claims to a paragraph, as in wire copy.
            if (random.Chance(0.4))
            {
                text.Append('\n');
                paragraph++;
            }
            else
            {
                text.Append(' ');
            }
        }

        var document = new Document(id, text.ToString(), outlet, PublishedOn: published);
        return new DocumentClaims(document, sentences, claims, [], []);
    }

    private static TextSpan Append(StringBuilder text, string phrase)
    {
        var start = text.Length;
        text.Append(phrase);
        return new TextSpan(start, text.Length);
    }
}
