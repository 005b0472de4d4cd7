using ClaimCompare.Entities;
using ClaimCompare.Reporting;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCompare.Tests.Reliability;

/// <summary>FsCheck properties over generated news-like texts and arbitrary strings.</summary>
public sealed class PropertyTests
{
    // Pieces of news prose: random sequences of them reach claims, hedges, speakers and events far more
    // often than random characters do.
    private static readonly string[] Words =
    [
        "At least", "up to", "more than", "about", "nearly", "12", "1,200", "three", "dozens of", "a dozen", "twenty-one", "2.5 million",
        "people", "civilians", "soldiers", "were killed", "killed", "wounded", "injured", "died", "in", "Gaza", "Kyiv", "Syria",
        "on Thursday", "police said", "the ministry said", "according to officials", "Hamas", "claimed responsibility", "denied",
        "the attack", "a drone strike", "\"", "“", "”", "(", ")", ",", ".", "\n", "—", "U.S.", "killing", "between 5 and 9", "—",
    ];

    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(60);

    private static Arbitrary<string> NewsText() =>
        Gen.ArrayOf(Gen.Elements(Words)).Select(parts => string.Join(' ', parts)).ToArbitrary();

    private static Arbitrary<string> AnyText() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
            Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(chars => new string(chars)),
            Gen.ArrayOf(Gen.Elements(Words)).Select(parts => string.Join(' ', parts))).ToArbitrary();

    [Test]
    public void Spans_lie_inside_the_text_and_intervals_are_ordered_for_news_like_text() =>
        Prop.ForAll(NewsText(), text => { PipelineInvariants.FuzzOne(text); }).Check(Quick);

    [Test]
    public void Spans_lie_inside_the_text_and_intervals_are_ordered_for_any_text() =>
        Prop.ForAll(AnyText(), text => { PipelineInvariants.FuzzOne(text); }).Check(Quick);

    [Test]
    public void Entity_normalisation_is_idempotent() =>
        Prop.ForAll(AnyText(), name =>
        {
            var once = EntityNormalizer.Normalize(name);
            return string.Equals(EntityNormalizer.Normalize(once), once, StringComparison.Ordinal);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));

    [Test]
    public void Report_does_not_depend_on_document_order() =>
        Prop.ForAll(
            Gen.ArrayOf(NewsText().Generator).Where(a => a.Length is > 0 and < 6).ToArbitrary(),
            ArbMap.Default.ArbFor<int>(),
            (texts, shuffleSeed) =>
            {
                var documents = texts.Select((t, i) => new Document("doc" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".txt", t)).ToArray();
                var shuffled = documents.ToArray();
                new Random(shuffleSeed).Shuffle(shuffled);
                var expected = Json(ClaimComparer.Compare(documents));
                var actual = Json(ClaimComparer.Compare(shuffled));
                return string.Equals(expected, actual, StringComparison.Ordinal);
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));

    [Test]
    public void Json_round_trips_for_several_documents() =>
        Prop.ForAll(
            Gen.ArrayOf(NewsText().Generator).Where(a => a.Length is > 0 and < 5).ToArbitrary(),
            texts =>
            {
                var documents = texts.Select((t, i) => new Document("d" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), t)).ToArray();
                var report = ClaimComparer.Compare(documents);
                PipelineInvariants.CheckReport(report, documents.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal));
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));

    private static string Json(ComparisonReport report) => ReportWriter.ToString(report, ReportFormat.Json);
}
