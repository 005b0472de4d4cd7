using ClaimCompare.Events;
using ClaimCompare.Text;

namespace ClaimCompare.Tests.Events;

/// <summary>
/// Pools number terms in the order parallel readers first meet them, which differs from run to run. Term vectors
/// must not depend on it: the same events give the same similarities, to the last bit, however their terms were
/// numbered, and whether the events share one pool (a batch run) or each has its own (incremental comparison).
/// </summary>
public sealed class TermVectorsTests
{
    private static readonly string[][] Events =
    [
        ["erbil", "^erbil", "rocket", "airport", "#14"],
        ["irbil", "rocket", "airport", "contractor"],
        ["kabul", "bomb", "airport", "#14"],
        ["erbil", "rocket", "contractor", "base", "^erbil"],
        [],
    ];

    [Test]
    public void Similarities_do_not_depend_on_how_pools_numbered_the_terms()
    {
        var reference = Cosines(Numbered(Events.SelectMany(e => e).Distinct(StringComparer.Ordinal)));
        Assert.Multiple(() =>
        {
            Assert.That(Cosines(Numbered(Events.SelectMany(e => e).Distinct(StringComparer.Ordinal).Reverse())), Is.EqualTo(reference), "one pool that met the terms in the opposite order");
            Assert.That(Cosines(null), Is.EqualTo(reference), "a pool of its own for each event");
            Assert.That(reference.Count(c => c > 0), Is.GreaterThan(0), "some events share terms, so the comparison weighs something");
        });
    }

    // A pool that met the terms in the given order; null for a pool per event.
    private static TermVocabulary? Numbered(IEnumerable<string> order)
    {
        var pool = new TermVocabulary();
        foreach (var term in order)
        {
            pool.Id(term);
        }

        return pool;
    }

    private static double[] Cosines(TermVocabulary? shared)
    {
        var nodes = Events.Select((terms, i) =>
        {
            using var buffer = new TermBuffer(shared ?? new TermVocabulary(), 16);
            foreach (var term in terms)
            {
                buffer.Add(term);
            }

            return new LocalEvent("d" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, IsMain: true, null, null, DateCue.None, [], [], buffer.ToSet(), [], 0, null);
        }).ToList();
        var vectors = new TermVectors(nodes, maxPostings: 100);
        return [.. from a in Enumerable.Range(0, nodes.Count) from b in Enumerable.Range(0, nodes.Count) select vectors.Cosine(a, b)];
    }
}
