using ClaimCompare.Events;

namespace ClaimCompare.Tests.Events;

/// <summary>
/// <see cref="TermBuffer"/> gathers a local event's terms with repeats and must give exactly the distinct terms in
/// ordinal order, as the set it replaced did, whatever the order they came in and however far the buffer grew.
/// </summary>
public sealed class TermBufferTests
{
    // (capacity, terms, why the case exists)
    private static readonly object[][] Cases =
    [
        [16, Array.Empty<string>(), "no terms: an empty array"],
        [16, new[] { "erbil", "^erbil", "erbil", "attack" }, "repeats are dropped; '^' orders before letters"],
        [1, Enumerable.Range(0, 100).Select(i => "t" + (i % 37).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), "grows far past its first capacity, repeats spread apart"],
        [16, new[] { "b", "B", "a", "#93", "#221", "a" }, "ordinal, not culture, order: digits and '#' before capitals before lower case"],
    ];

    [TestCaseSource(nameof(Cases))]
    public void Gives_the_distinct_terms_in_ordinal_order(int capacity, string[] terms, string why)
    {
        using var buffer = new TermBuffer(capacity);
        foreach (var term in terms)
        {
            buffer.Add(term);
        }

        var expected = terms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        Assert.That(buffer.ToSortedDistinct(), Is.EqualTo(expected), why);
    }

    [Test]
    public void Cleared_buffer_gathers_afresh()
    {
        using var buffer = new TermBuffer(16);
        buffer.AddRange(["x", "y"]);
        buffer.Clear();
        buffer.AddRange(["z", "z"]);
        Assert.That(buffer.ToSortedDistinct(), Is.EqualTo(new[] { "z" }), "a buffer reused for the next event keeps nothing of the last");
    }
}
