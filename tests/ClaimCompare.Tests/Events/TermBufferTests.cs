using ClaimCompare.Events;
using ClaimCompare.Text;

namespace ClaimCompare.Tests.Events;

/// <summary>
/// <see cref="TermBuffer"/> gathers a local event's terms with repeats, numbered by a <see cref="TermVocabulary"/>, and must
/// give exactly the distinct terms, whatever the order they came in and however far the buffer grew.
/// </summary>
public sealed class TermBufferTests
{
    // (capacity, terms, why the case exists)
    private static readonly object[][] Cases =
    [
        [16, Array.Empty<string>(), "no terms: an empty set"],
        [16, new[] { "erbil", "^erbil", "erbil", "attack" }, "repeats are dropped; a marked name is a term of its own"],
        [1, Enumerable.Range(0, 100).Select(i => "t" + (i % 37).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), "grows far past its first capacity, repeats spread apart"],
        [16, new[] { "b", "B", "a", "#93", "#221", "a" }, "case matters: 'b' and 'B' are two terms"],
    ];

    [TestCaseSource(nameof(Cases))]
    public void Gives_the_distinct_terms(int capacity, string[] terms, string why)
    {
        using var buffer = new TermBuffer(new TermVocabulary(), capacity);
        foreach (var term in terms)
        {
            buffer.Add(term);
        }

        var set = buffer.ToSet();
        Assert.Multiple(() =>
        {
            Assert.That(set.ToStrings(), Is.EquivalentTo(terms.Distinct(StringComparer.Ordinal)), why);
            Assert.That(set.Ids, Is.Ordered.Ascending, "numbers ascending, so sets merge in one pass");
        });
    }

    [Test]
    public void Cleared_buffer_gathers_afresh()
    {
        var pool = new TermVocabulary();
        using var buffer = new TermBuffer(pool, 16);
        buffer.Add("x");
        buffer.Add("y");
        var first = buffer.ToSet();
        buffer.Clear();
        buffer.Add("z");
        buffer.AddRange(first);
        buffer.Add("z");
        Assert.That(buffer.ToSet().ToStrings(), Is.EquivalentTo(new[] { "x", "y", "z" }), "a buffer reused for the next event keeps nothing of the last but what is added again");
    }
}
