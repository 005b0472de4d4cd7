using ClaimCompare.Quantities;

namespace ClaimCompare.Tests.Quantities;

/// <summary>News-style phrases and the intervals a careful editor reads in them.</summary>
public sealed class NewsPhraseTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    // (sentence, phrase as it must be spanned, low, high, is a count) — null bound is unbounded.
    private static readonly object?[][] Phrases =
    [
        // Hedges → bounds
        ["The strike killed at least 22 fighters.", "at least 22", 22.0, null, true],              // the seed's headline form: lower bound only
        ["No fewer than 58 people died.", "No fewer than 58", 58.0, null, true],                   // capitalised, multi-word lower bound
        ["Rescuers found 22 or more bodies.", "22 or more", 22.0, null, true],                     // postfix lower bound
        ["More than 70 people died.", "More than 70", 71.0, null, true],                           // strict bound stored as next whole number
        ["They killed over 50 people.", "over 50", 51.0, null, true],                              // "over" is "more than" before a number
        ["Upwards of 1,000 people fled.", "Upwards of 1,000", 1001.0, null, true],                 // strict bound with a thousands separator
        ["In excess of 300 were arrested.", "In excess of 300", 301.0, null, true],                // formal strict bound
        ["The blast killed 100-plus people.", "100-plus", 100.0, null, true],                      // hyphenated postfix
        ["Up to 400 worshippers were inside.", "Up to 400", 0.0, 400.0, true],                     // the dev gold's "up to" reading
        ["As many as 60 people may have died.", "As many as 60", 54.0, 60.0, true],                // stresses a large figure: near 60 (dev2 bounds table), not 0..60
        ["No more than 12 soldiers were present.", "No more than 12", 0.0, 12.0, true],            // negated upper bound
        ["At most 5 people were hurt.", "At most 5", 0.0, 5.0, true],                              // plain upper bound
        ["Fewer than 10 civilians were hurt.", "Fewer than 10", 0.0, 9.0, true],                   // strict upper bound, whole counts
        ["Less than 100 people attended.", "Less than 100", 0.0, 99.0, true],                      // "less than" with a count noun
        ["Under 30 people were evacuated.", "Under 30", 0.0, 29.0, true],                          // "under" as a strict upper bound
        ["About 900 troops are deployed.", "About 900", 810.0, 990.0, true],                       // ±10 %
        ["Around 35 people were gravely wounded.", "Around 35", 32.0, 38.0, true],                 // ±10 % rounded inwards, within the gold's [32-35, 35-38]
        ["Some 90 Afghan civilians were killed.", "Some 90", 81.0, 99.0, true],                    // "some" before a number is a hedge
        ["Approximately 80 were injured.", "Approximately 80", 72.0, 88.0, true],                  // long-form approximation
        ["An estimated 300 people were hurt.", "An estimated 300", 270.0, 330.0, true],            // "an estimated" is an approximation
        ["Roughly 5 people were seen.", "Roughly 5", 4.0, 6.0, true],                              // small N keeps at least ±1
        ["Nearly 200 people were injured.", "Nearly 200", 180.0, 200.0, true],                     // just below N
        ["Almost 20 died.", "Almost 20", 18.0, 20.0, true],                                        // "almost" is "nearly"
        ["About 4,000 people were at the station.", "About 4,000", 3600.0, 4400.0, true],          // separators inside a hedged number

        // Ranges
        ["Between 25 and 50 people were killed.", "Between 25 and 50", 25.0, 50.0, true],          // inclusive "between"
        ["Officials said 10 to 15 were hurt.", "10 to 15", 10.0, 15.0, true],                      // "to" range
        ["Some 10-15 people were hurt.", "10-15", 10.0, 15.0, true],                               // hyphen range
        ["Some 10–15 people were hurt.", "10–15", 10.0, 15.0, true],                               // en-dash range
        ["They found 15 or 16 bodies.", "15 or 16", 15.0, 16.0, true],                             // alternative figures make a range
        ["Two or three soldiers were hurt.", "Two or three", 2.0, 3.0, true],                      // word range
        ["The toll rose from 120 wounded to 140.", "from 120 wounded to 140", 120.0, 140.0, true],  // "from ... to" with a noun between (dev gold)
        ["Between 5 and 10 million people fled.", "Between 5 and 10 million", 5e6, 1e7, true],     // the scale carries back to the first number

        // Vague quantities (calibrated intervals from vague.lexicon.json)
        ["Up to a handful of people were killed.", "Up to a handful", 0.0, 5.0, true],             // stacked hedge over a vague word; span stops before "of"
        ["A handful of soldiers were wounded.", "A handful", 2.0, 5.0, true],                      // handful alone
        ["Several people were killed.", "Several", 3.0, 7.0, true],                                // inside the gold's several [2-3, 5-10]
        ["A number of others were injured.", "A number of", 3.0, 7.0, true],                       // read like several
        ["A couple of soldiers died.", "A couple", 2.0, 3.0, true],                                // a couple
        ["A few civilians were hurt.", "A few", 2.0, 5.0, true],                                   // a few
        ["Dozens of people were killed.", "Dozens", 24.0, 99.0, true],                             // inside the gold's dozens [12-36, 60-144]
        ["Scores of worshippers died.", "Scores", 40.0, 100.0, true],                              // inside the gold's scores [20-40, 60-200]
        ["Hundreds were wounded.", "Hundreds", 200.0, 999.0, true],                                // plural of a number word
        ["Thousands fled the city.", "Thousands", 2000.0, 9999.0, true],                           // plural of a number word
        ["Tens of thousands fled.", "Tens of thousands", 20000.0, 99999.0, true],                  // multi-word vague quantity
        ["More than a dozen soldiers died.", "More than a dozen", 13.0, null, true],               // hedge over an exact dozen
        ["Many people died.", "Many", 3.0, null, true],                                            // open-ended
        ["Multiple rockets hit the base.", "Multiple", 2.0, null, true],                           // more than one
        ["Several hundred protesters gathered.", "Several hundred", 300.0, 700.0, true],           // vague word times a scale
        ["A few dozen people gathered.", "A few dozen", 24.0, 60.0, true],                         // vague word times a dozen

        // Zero and one
        ["No one was killed.", "No one", 0.0, 0.0, true],                                          // zero statement
        ["There were no casualties.", "no casualties", 0.0, 0.0, true],                            // zero statement with its noun
        ["Nobody was hurt.", "Nobody", 0.0, 0.0, true],                                            // zero statement
        ["None of the passengers survived.", "None", 0.0, 0.0, true],                              // zero statement
        ["Not a single soldier died.", "Not a single", 0.0, 0.0, true],                            // emphatic zero
        ["There were no deaths reported.", "no deaths", 0.0, 0.0, true],                           // zero statement with its noun
        ["One policeman was killed.", "One", 1.0, 1.0, true],                                      // sentence-initial "one"
        ["A single civilian was wounded.", "A single", 1.0, 1.0, true],                            // singular phrase
        ["A lone gunman opened fire.", "A lone", 1.0, 1.0, true],                                  // singular phrase

        // Forms
        ["Twenty-two people died.", "Twenty-two", 22.0, 22.0, true],                               // hyphenated number word
        ["One hundred and twelve were hurt.", "One hundred and twelve", 112.0, 112.0, true],       // British "and"
        ["Two dozen were hurt.", "Two dozen", 24.0, 24.0, true],                                   // dozen as a multiplier
        ["Half a dozen vehicles burned.", "Half a dozen", 6.0, 6.0, true],                         // half a dozen
        ["A dozen homes burned.", "A dozen", 12.0, 12.0, true],                                    // a dozen is exact
        ["Eight people were killed.", "Eight", 8.0, 8.0, true],                                    // capitalised sentence-initial word
        ["Some 1.5 million people fled.", "Some 1.5 million", 1350000.0, 1650000.0, true],         // decimal with a scale word under a hedge
        ["Officials counted 4.5k protesters.", "4.5k", 4500.0, 4500.0, true],                      // k suffix
        ["Officials said 2,500 people fled.", "2,500", 2500.0, 2500.0, true],                      // thousands separator
        ["The death toll rose to 2000 people.", "2000", 2000.0, 2000.0, true],                     // a year-like number followed by a person noun is a count
        ["Three people were killed and 77 others wounded.", "77", 77.0, 77.0, true],               // second number in a sentence

        // Not counts
        ["The 22-year-old man was arrested.", "22", 22.0, 22.0, false],                            // age
        ["The victim, aged 45, died.", "45", 45.0, 45.0, false],                                   // age after "aged"
        ["In 2019, the group struck again.", "2019", 2019.0, 2019.0, false],                       // year
        ["The attack came on February 15.", "15", 15.0, 15.0, false],                              // date after a month
        ["It happened on Feb 26, 2021.", "26", 26.0, 26.0, false],                                 // abbreviated month
        ["It was the 4th attack this year.", "4th", 4.0, 4.0, false],                              // ordinal suffix
        ["The blast came at 3pm.", "3pm", 3.0, 3.0, false],                                        // clock time
        ["The blast came at 10:30 local time.", "10:30", 10.0, 10.0, false],                       // clock time
        ["The bill came to $5 million.", "5 million", 5e6, 5e6, false],                            // money
        ["Turnout rose 40% on the year.", "40", 40.0, 40.0, false],                                // percentage
        ["Turnout rose 12 percent.", "12", 12.0, 12.0, false],                                     // percentage word
        ["An F-16 was shot down.", "16", 16.0, 16.0, false],                                       // model number
        ["COVID-19 spread fast.", "19", 19.0, 19.0, false],                                        // disease name
        ["Resolution 2254 was cited.", "2254", 2254.0, 2254.0, false],                             // resolution number
        ["They drove along route 66.", "66", 66.0, 66.0, false],                                   // road number
        ["MH17 was shot down.", "17", 17.0, 17.0, false],                                          // flight code
        ["The 29km road was closed.", "29km", 29.0, 29.0, false],                                  // measurement
        ["They walked five weeks.", "five", 5.0, 5.0, false],                                      // duration
        ["The 2021-22 season was cancelled.", "22", 22.0, 22.0, false],                            // the tail of a season label, not a count
        ["Aged between 18 and 25, they were recruited.", "between 18 and 25", 18.0, 25.0, false],  // an age range
        ["It dragged on from 2019 to 2021.", "from 2019 to 2021", 2019.0, 2021.0, false],          // a span of years is not a count range
        ["The $1.5bn deal was signed.", "1.5bn", 1.5e9, 1.5e9, false],                             // money with a scale suffix
        ["The blast came at 8.30am.", "8.30am", 8.3, 8.3, false],                                  // clock time with a dot
        ["Temperatures fell to -5C.", "-5C", -5.0, -5.0, false],                                   // negative measurement
        ["The 7.8-magnitude quake struck at night.", "7.8", 7.8, 7.8, false],                      // magnitude is a measurement
        ["The raid began at 11 p.m. local time.", "11", 11.0, 11.0, false],                        // clock time with dotted p.m.
        ["Nine people died on the 9/11 anniversary.", "9", 9.0, 9.0, false],                       // a slash label is not a fraction
        ["About two-thirds of them are women.", "two-thirds", 2.0 / 3, 2.0 / 3, false],            // a proportion is not a count, hedge dropped
        ["Rescuers found over a hundred bodies.", "over a hundred", 101.0, null, true],            // hedge over "a hundred"
        ["About a dozen people were arrested.", "About a dozen", 11.0, 13.0, true],                // hedge over "a dozen"

        // Signs: a count is never negative
        ["-22 people were killed.", "22", 22.0, 22.0, true],                                      // a dash glued to a count is punctuation, not a sign: 22, never −22
        ["- 22 were killed in the attack.", "22", 22.0, 22.0, true],                               // a bulleted line: a dash and a space before a number is a dash
        ["About -5 people were hurt.", "About -5", 4.0, 6.0, true],                                // a hedge over a dashed count bounds the count
        ["Between -10 and 20 people were hurt.", "Between -10 and 20", 10.0, 20.0, true],          // a dash before a bound of a counted range is punctuation too
        ["The score was -3.", "-3", -3.0, -3.0, false],                                            // nothing counted after it: a signed number, not a count
        ["Minus five people were hurt.", "Minus five", -5.0, -5.0, false],                         // a sign spelled out stands: a signed number, never a negative count
        ["Readings stayed under -30 all night.", "under -30", -30.0, null, false],                 // a signed number keeps its bound, as a non-count
    ];

    // Text with no count at all.
    private static readonly string[] NoCounts =
    [
        "Gunmen killed a US contractor.",                  // the bare article is not a quantity (the claims stage reads it)
        "The second contractor died.",                     // ordinal word
        "Call +1-222-333-4444 for details.",               // phone number
        "Which one do you prefer?",                        // pronoun "one"
        "The one you mentioned is invalid.",               // pronoun "one"
        "He was hit in the 2020 attack on Feb. 4.",        // year and date
        "An 180ml bottle and a 5kg bomb.",                 // measurements
        "",                                                 // empty text
    ];

    public static IEnumerable<TestCaseData> PhraseCases() =>
        Phrases.Select(row => new TestCaseData(row).SetArgDisplayNames((string)row[1]!));

    [TestCaseSource(nameof(PhraseCases))]
    public void Phrase_reads_as_interval(string sentence, string phrase, double? low, double? high, bool isCount)
    {
        var found = Recognizer.Recognize(sentence);
        var match = found.FirstOrDefault(q => string.Equals(q.Text, phrase, StringComparison.Ordinal));
        Assert.That(match, Is.Not.Null, $"\"{phrase}\" not found; read: {string.Join("; ", found)}");
        Assert.Multiple(() =>
        {
            Assert.That(match!.Span.Slice(sentence), Is.EqualTo(phrase));
            Assert.That(match.IsCount, Is.EqualTo(isCount), match.ToString());
            if (isCount)
            {
                Assert.That(match.Interval, Is.EqualTo(new Interval(low, high)), match.ToString());
            }
            else
            {
                Assert.That(match.Value ?? match.Interval.Low, Is.EqualTo(low), match.ToString());
            }
        });
    }

    [TestCaseSource(nameof(NoCounts))]
    public void Text_holds_no_count(string sentence) =>
        Assert.That(Recognizer.Recognize(sentence).Where(q => q.IsCount), Is.Empty);

    [TestCase("At least 22 people died.", 22.0, Hedge.AtLeast, Vagueness.Bounded)]   // Value keeps the stated number under a hedge
    [TestCase("Dozens died.", null, Hedge.Vague, Vagueness.Vague)]                    // vague words have no point value
    [TestCase("Between 25 and 50 died.", null, Hedge.Range, Vagueness.Bounded)]       // ranges have no point value
    [TestCase("No one died.", 0.0, Hedge.None, Vagueness.Exact)]                      // zero is exact
    [TestCase("Up to a handful died.", null, Hedge.AtMost, Vagueness.Vague)]          // a hedge over a vague word stays vague
    public void Value_hedge_and_vagueness_follow_the_contract(string sentence, double? value, Hedge hedge, Vagueness vagueness)
    {
        var q = Recognizer.Recognize(sentence)[0];
        Assert.Multiple(() =>
        {
            Assert.That(q.Value, Is.EqualTo(value));
            Assert.That(q.Hedge, Is.EqualTo(hedge));
            Assert.That(q.Vagueness, Is.EqualTo(vagueness));
        });
    }

    [TestCase("22 fighters were killed.", CountedThing.People)]            // person noun right after the number
    [TestCase("Five US service members were hurt.", CountedThing.People)]   // adjectives between number and noun
    [TestCase("Three trucks were hit.", CountedThing.Things)]               // thing noun
    [TestCase("The toll rose to 35.", CountedThing.Unknown)]                // no noun
    public void Counted_reads_the_following_noun(string sentence, CountedThing counted) =>
        Assert.That(Recognizer.Recognize(sentence).First(q => q.IsCount).Counted, Is.EqualTo(counted));

    [Test]
    public void Bounds_side_by_side_join_into_one_range()
    {
        var found = Recognizer.Recognize("x is larger than 10 and smaller than 20.");
        Assert.That(found.Select(q => (q.Text, q.Interval)), Is.EqualTo(new[] { ("larger than 10 and smaller than 20", new Interval(11, 19)) }));
    }
}
