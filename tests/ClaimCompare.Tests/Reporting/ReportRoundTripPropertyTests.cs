using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Events;
using ClaimCompare.Quantities;
using ClaimCompare.Reporting;
using ClaimCompare.Text;
using FsCheck;
using FsCheck.Fluent;
using Interval = ClaimCompare.Quantities.Interval;

namespace ClaimCompare.Tests.Reporting;

/// <summary>
/// The report contract over generated reports: any report, with any number a double holds (0, -0, the smallest and
/// largest doubles, infinities, NaN, random bit patterns), any text, sides shared between disagreements, writes JSON
/// that the schema accepts and reads back <c>==</c> to it, and writes again byte for byte.
/// </summary>
public sealed class ReportRoundTripPropertyTests
{
    private static readonly double[] Extremes =
    [
        0, -0.0, 1, 22, 0.1, 1.0 / 3, -3, double.Epsilon, -double.Epsilon, 1e308, double.MaxValue, double.MinValue,
        double.PositiveInfinity, double.NegativeInfinity, double.NaN, 1e15 + 0.5, 123456789.123456789, 9007199254740993,
    ];

    private static readonly string[] Texts =
    [
        string.Empty, "a", "at least 22 fighters", "“of Iranian origin”", "line\nbreak\ttab", "quote \" backslash \\ slash /",
        "é ñ ß", "😀 a surrogate pair", "<script>alert(1)</script>", "\0\u001f control", "NaN", "Infinity", "null",
    ];

    [Test]
    [CancelAfter(120_000)]
    public void Any_report_validates_and_reads_back_equal() =>
        Prop.ForAll(AnyReports().ToArbitrary(), report =>
        {
            var json = ReportWriter.ToString(report, ReportFormat.Json);
            var errors = ReportContractTests.Errors(json);
            Assert.That(errors, Is.Empty, () => "valid against report.schema.json: " + string.Join("; ", errors.Take(5)) + "\n" + json);
            var read = ReportReader.Parse(json);
            Assert.That(read, Is.EqualTo(report), () => json);
            Assert.That(read.GetHashCode(), Is.EqualTo(report.GetHashCode()));
            Assert.That(ReportWriter.ToString(read, ReportFormat.Json), Is.EqualTo(json));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));

    [Test]
    public void Every_double_a_report_holds_reads_back_as_itself()
    {
        // One claim per double, in every place a number sits: the claim's interval, its quantity, a side, the severity.
        var claims = Extremes.Select((x, i) => ClaimOf(i + 1, x)).ToList();
        var report = new ComparisonReport(
            [new DocumentSummary("a", null, null, claims.Count, [])],
            claims,
            [],
            [.. Extremes.Select((x, i) => new Disagreement("d" + (i + 1), DisagreementType.Conflict, ClaimKind.Killed, "e1", "people",
                [new Side(["c1"], new Interval(x, x), "x", [new Voice("A", ["a"])]), new Side(["c2"], new Interval(null, x), "y", [])], x, "x")
            {
                Reason = new DisagreementReason(x, [1, 0]) { UnlistedSides = i },
            })],
            []);
        var json = ReportWriter.ToString(report, ReportFormat.Json);
        var read = ReportReader.Parse(json);
        Assert.Multiple(() =>
        {
            Assert.That(ReportContractTests.Errors(json), Is.Empty);
            Assert.That(json, Does.Not.Contain("∞").And.Not.Contain(":Infinity").And.Not.Contain(":NaN"), "every number JSON writes is a JSON number");
            Assert.That(read, Is.EqualTo(report));
            for (var i = 0; i < Extremes.Length; i++)
            {
                Assert.That(read.Disagreements[i].Severity, Is.EqualTo(Extremes[i]), "severity " + Extremes[i]);
                Assert.That(read.Claims[i].Interval.Low, Is.EqualTo(Extremes[i]), "low " + Extremes[i]);
                Assert.That(double.IsNegative(read.Claims[i].Interval.Low!.Value), Is.EqualTo(double.IsNegative(Extremes[i])), "the sign of " + Extremes[i]);
            }
        });

        static Claim ClaimOf(int n, double x) =>
            new("a", ClaimKind.Killed, new TextSpan(n, n + 1), "x", new TextSpan(0, n + 1), new Interval(x, null),
                new Quantity(new TextSpan(n, n + 1), "x", x, new Interval(x, x), Hedge.AtLeast, Vagueness.Bounded), "people", null, null,
                Attribution.Unattributed)
            { Id = "c" + n, EventId = "e1" };
    }

    [Test]
    public void A_lone_surrogate_which_no_decoded_article_holds_is_written_as_the_replacement_character()
    {
        // JSON text is Unicode: half a surrogate pair has no encoding, so the one thing the round trip cannot keep is
        // a string that is not valid UTF-16. Document.FromFile and the CLI decode articles with replacement, so a
        // report made from files never holds one; a report built by hand may, and it writes valid JSON.
        var report = new ComparisonReport([new DocumentSummary("a\ud800b", null, null, 0, [])], [], [], [], []);
        var json = ReportWriter.ToString(report, ReportFormat.Json);
        Assert.That(ReportReader.Parse(json).Documents[0].Id, Is.EqualTo("a\ufffdb"));
    }

    private static Gen<ComparisonReport> AnyReports() =>
        from documents in Small(AnyDocument(), 0, 3)
        from claimCount in Gen.Choose(0, 5)
        from claims in Gen.CollectToArray(Enumerable.Range(1, claimCount).Select(AnyClaim))
        from events in Gen.Choose(0, 3).SelectMany(n => Gen.CollectToArray(Enumerable.Range(1, n).Select(AnyEvent)))
        from pool in Small(AnySide(), 2, 4)
        from disagreements in Gen.Choose(0, 4).SelectMany(n => Gen.CollectToArray(Enumerable.Range(1, n).Select(i => AnyDisagreement(i, pool))))
        from unclassified in Small(AnyUnclassified(), 0, 3)
        select new ComparisonReport(documents, claims, events, disagreements, unclassified);

    private static Gen<T[]> Small<T>(Gen<T> gen, int min, int max) => Gen.Choose(min, max).SelectMany(n => gen.ArrayOf(n));

    private static Gen<string> AnyText() =>
        Gen.Frequency(
            (2, Gen.Elements(Texts)),
            (1, Gen.Choose(0, 0xD7FF).Select(c => (char)c).ArrayOf().Select(chars => new string(chars))));

    private static Gen<string> AnyId() => AnyText().Select(t => "doc " + t);

    private static Gen<string?> AnyMaybeText() => Gen.Frequency((1, Gen.Constant<string?>(null)), (3, AnyText().Select(t => (string?)t)));

    private static Gen<double> AnyDouble() =>
        Gen.Frequency(
            (3, Gen.Elements(Extremes)),
            (2, Gen.Choose(0, 1000).Select(n => (double)n)),
            (1, Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue), (high, low) => BitConverter.Int64BitsToDouble(((long)high << 32) | (uint)low))));

    private static Gen<double?> AnyBound() => Gen.Frequency((1, Gen.Constant<double?>(null)), (3, AnyDouble().Select(x => (double?)x)));

    private static Gen<Interval> AnyInterval() => Gen.Zip(AnyBound(), AnyBound(), (low, high) => new Interval(low, high));

    private static Gen<TextSpan> AnySpan() => Gen.Zip(Gen.Choose(0, 100_000), Gen.Choose(0, 1000), (start, length) => new TextSpan(start, start + length));

    private static Gen<T> AnyEnum<T>()
        where T : struct, System.Enum => Gen.Elements(System.Enum.GetValues<T>());

    private static Gen<T?> AnyMaybe<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    private static Gen<DateOnly?> AnyDate() => AnyMaybe(Gen.Choose(0, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber));

    private static Gen<string> AnyClaimId() => Gen.Choose(1, 9).Select(n => "c" + n);

    private static Gen<DocumentSummary> AnyDocument() =>
        from id in AnyId()
        from outlet in AnyMaybeText()
        from date in AnyDate()
        from count in Gen.Choose(0, 1000)
        from diagnostics in Small(AnyText(), 0, 2)
        select new DocumentSummary(id, outlet, date, count, diagnostics);

    private static Gen<Quantity> AnyQuantity() =>
        from span in AnySpan()
        from text in AnyText()
        from value in AnyBound()
        from interval in AnyInterval()
        from hedge in AnyEnum<Hedge>()
        from vagueness in AnyEnum<Vagueness>()
        from nonCount in AnyEnum<NonCountReason>()
        from counted in AnyEnum<CountedThing>()
        select new Quantity(span, text, value, interval, hedge, vagueness, nonCount, counted);

    private static Gen<Claim> AnyClaim(int n) =>
        from document in AnyId()
        from kind in AnyEnum<ClaimKind>()
        from evidence in AnySpan()
        from evidenceText in AnyText()
        from sentence in AnySpan()
        from interval in AnyInterval()
        from quantity in Gen.Frequency((1, Gen.Constant<Quantity?>(null)), (2, AnyQuantity().Select(q => (Quantity?)q)))
        from subject in AnyMaybeText()
        from actor in AnyMaybeText()
        from polarity in AnyMaybe(AnyEnum<Polarity>())
        from speaker in AnyMaybeText()
        from speakerSpan in AnyMaybe(AnySpan())
        from hedged in Gen.Elements(true, false)
        from outlet in AnyMaybeText()
        from timing in AnyEnum<ClaimTiming>()
        from eventId in Gen.Elements("", "e1", "e2")
        select new Claim(document, kind, evidence, evidenceText, sentence, interval, quantity, subject, actor, polarity,
            new Attribution(speaker, speakerSpan, hedged), outlet, timing)
        { Id = "c" + n, EventId = eventId };

    private static Gen<EventCluster> AnyEvent(int n) =>
        from label in AnyText()
        from trigger in AnyMaybeText()
        from place in AnyMaybeText()
        from date in AnyDate()
        from actors in Small(AnyText(), 0, 2)
        from claims in Small(AnyClaimId(), 0, 3)
        from reason in AnyText()
        from basis in Gen.Frequency((1, Gen.Constant(default(EventReason))), (2, AnyBasis()))
        select new EventCluster("e" + n, label, new EventCues(trigger, place, date, actors), claims, reason) { Basis = basis };

    private static Gen<EventReason> AnyBasis() =>
        from kind in AnyEnum<EventReasonKind>()
        from documents in Gen.Choose(0, 50)
        from marker in AnyMaybeText()
        from background in Gen.Elements(true, false)
        from trigger in AnyMaybeText()
        from place in AnyMaybeText()
        from date in AnyMaybeText()
        from days in Gen.Choose(0, 400)
        select new EventReason(kind, documents, marker, background, trigger, place, date, days);

    private static Gen<Side> AnySide() =>
        from claims in Small(AnyClaimId(), 0, 3)
        from interval in AnyInterval()
        from label in AnyText()
        from voices in Small(Gen.Zip(AnyText(), Small(AnyId(), 0, 2), (source, documents) => new Voice(source, documents)), 0, 2)
        select new Side(claims, interval, label, voices);

    /// <summary>A disagreement whose sides are new or taken from <paramref name="pool"/>: sides shared by reference, as the diff shares them.</summary>
    private static Gen<Disagreement> AnyDisagreement(int n, Side[] pool) =>
        from type in AnyEnum<DisagreementType>()
        from kind in AnyEnum<ClaimKind>()
        from eventId in AnyText()
        from subject in AnyText()
        from shared in Gen.Shuffle(pool).SelectMany(s => Gen.Choose(0, 2).Select(k => s.Take(k).ToArray()))
        from own in Small(AnySide(), 2 - shared.Length > 0 ? 2 - shared.Length : 0, 3)
        from order in Gen.Shuffle(shared.Concat(own).ToArray())
        from severity in AnyDouble()
        from explanation in AnyText()
        from reason in Gen.Frequency(
            (1, Gen.Constant<DisagreementReason?>(null)),
            (2, AnyReason()))
        select new Disagreement("d" + n, type, kind, eventId, subject, order, severity, explanation) { Reason = reason };

    private static Gen<DisagreementReason?> AnyReason() =>
        from gap in AnyDouble()
        from time in Small(Gen.Choose(0, 5), 0, 3)
        from unlisted in Gen.Choose(0, 100)
        select (DisagreementReason?)new DisagreementReason(gap, time) { UnlistedSides = unlisted };

    private static Gen<UnclassifiedMention> AnyUnclassified() =>
        from document in AnyId()
        from quantity in AnyQuantity()
        from reason in AnyEnum<UnclassifiedReason>()
        select new UnclassifiedMention(document, quantity, reason);
}
