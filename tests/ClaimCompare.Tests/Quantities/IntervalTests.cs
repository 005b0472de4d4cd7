using ClaimCompare.Quantities;

namespace ClaimCompare.Tests.Quantities;

public sealed class IntervalTests
{
    // (low1, high1, low2, high2, overlaps) — null is unbounded.
    private static readonly object?[][] OverlapCases =
    [
        [22.0, null, 22.0, 22.0, true],   // "at least 22" and "22" agree
        [22.0, null, 0.0, 5.0, false],    // "at least 22" and "up to a handful" cannot both hold
        [3.0, 3.0, 3.0, 7.0, true],       // "three" and "several"
        [0.0, 0.0, 1.0, 1.0, false],      // "no one" and "one"
        [null, null, 5.0, 5.0, true],     // unbounded admits everything
        [10.0, 15.0, 15.0, 16.0, true],   // touching closed bounds share a value
    ];

    [TestCaseSource(nameof(OverlapCases))]
    public void Overlaps_is_symmetric_and_matches_the_table(double? low1, double? high1, double? low2, double? high2, bool overlaps)
    {
        var a = new Interval(low1, high1);
        var b = new Interval(low2, high2);
        Assert.Multiple(() =>
        {
            Assert.That(a.Overlaps(b), Is.EqualTo(overlaps));
            Assert.That(b.Overlaps(a), Is.EqualTo(overlaps));
            Assert.That(a.Intersect(b).HasValue, Is.EqualTo(overlaps));
        });
    }

    [Test]
    public void LogGap_is_zero_for_overlap_and_grows_with_distance()
    {
        var atLeast22 = new Interval(22, null);
        Assert.Multiple(() =>
        {
            Assert.That(atLeast22.LogGap(Interval.Exactly(22)), Is.Zero);
            Assert.That(atLeast22.LogGap(new Interval(0, 5)), Is.EqualTo(Math.Log(23.0 / 6.0)).Within(1e-12));
            Assert.That(atLeast22.LogGap(new Interval(0, 1)), Is.GreaterThan(atLeast22.LogGap(new Interval(0, 5))));
        });
    }

    [TestCase(22.0, null, "[22, ∞)")]
    [TestCase(22.0, 22.0, "22")]
    [TestCase(0.0, 5.0, "[0, 5]")]
    public void ToString_reads_as_interval_notation(double? low, double? high, string expected) =>
        Assert.That(new Interval(low, high).ToString(), Is.EqualTo(expected));
}
