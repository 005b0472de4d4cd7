using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Events;
using static ClaimCompare.Tests.Diff.ClaimFactory;

namespace ClaimCompare.Tests.Diff;

/// <summary>A bridge is set against at most eight sides it does not fit, those carried by the most documents; the rest are counted.</summary>
public sealed class BridgeBoundTests
{
    private static readonly IReadOnlyList<EventCluster> OneEvent = [new EventCluster("e1", "air strike", EventCues.None, [], "test")];

    [Test]
    public void A_bridge_that_fits_none_of_ten_sides_lists_eight_and_counts_two()
    {
        // "5 to 6" fits the tolls 5 and 6 and none of the ten others, each told by another outlet; the two sides of 5 and 6
        // tie with it, and it is dropped as the first bridge found.
        var bridge = Bridge(12);
        Assert.Multiple(() =>
        {
            Assert.That(bridge.Reason!.UnlistedSides, Is.EqualTo(2));
            Assert.That(bridge.Sides, Has.Count.EqualTo(9));
            Assert.That(bridge.Sides.Where(s => !s.ClaimIds.Contains("bridge")).Select(s => s.Interval.Low), Is.EquivalentTo(new double?[] { 1, 2, 3, 4, 7, 8, 9, 10 }), "the lowest figures, as the report orders sides carried by as many documents");
            Assert.That(bridge.Explanation, Does.Contain(" vs 2 more figures: the figures differ"));
        });
    }

    [Test]
    public void A_bridge_that_fits_none_of_eight_sides_lists_them_all()
    {
        var bridge = Bridge(10);
        Assert.Multiple(() =>
        {
            Assert.That(bridge.Reason!.UnlistedSides, Is.Zero);
            Assert.That(bridge.Sides, Has.Count.EqualTo(9));
            Assert.That(bridge.Explanation, Does.Not.Contain("more figure"));
        });
    }

    private static Disagreement Bridge(int tolls)
    {
        var claims = Enumerable.Range(1, tolls)
            .Select(n => Number("c" + n, "d" + n, n, n, source: "S" + n))
            .Append(Number("bridge", "d0", 5, 6, source: "S0"))
            .ToArray();
        var disagreements = new DisagreementFinder().Find(claims, OneEvent);
        Assert.That(disagreements, Has.Count.EqualTo(2), "the group's disagreement and the bridge's");
        return disagreements.Single(d => d.Sides.Any(s => s.ClaimIds.Contains("bridge")));
    }
}
