using System.Text;
using System.Text.Json;
using ClaimCompare.Lexicons;

namespace ClaimCompare.Tests.Lexicons;

/// <summary>The one loader of embedded data and the named word sets it gives the stages.</summary>
public sealed class EmbeddedLexiconTests
{
    // Every embedded JSON data file, read through the loader with its shape.
    private static readonly string[] LexiconFiles =
    [
        "Claims/Lexicons/claims.lexicon.json", "Claims/Lexicons/claims.generated.lexicon.json", "Claims/Lexicons/sources.generated.lexicon.json",
        "Claims/Responsibility/responsibility.lexicon.json", "Entities/descriptions.lexicon.json", "Entities/gazetteer.lexicon.json",
        "Events/events.lexicon.json", "Diff/subjects.lexicon.json", "Quantities/context.lexicon.json", "Quantities/hedges.lexicon.json",
        "Quantities/vague.lexicon.json", "Lexicons/grammar.lexicon.json", "Lexicons/vocabulary.generated.lexicon.json",
    ];

    [TestCaseSource(nameof(LexiconFiles))]
    public void Every_lexicon_file_is_embedded_and_valid_json(string path)
    {
        using var stream = EmbeddedLexicon.Open(path);
        using var json = JsonDocument.Parse(stream);
        Assert.That(json.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Object));
    }

    [Test]
    public void A_missing_file_names_itself()
    {
        Assert.That(() => EmbeddedLexicon.Open("Nowhere/none.lexicon.json"), Throws.InvalidOperationException.With.Message.Contains("Nowhere/none.lexicon.json"));
    }

    [Test]
    public void Reading_a_null_document_fails()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("null"));
        Assert.That(() => EmbeddedLexicon.Read(stream, LexiconJsonContext.Default.WordSetsFile), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public void Every_word_set_group_names_its_source_and_holds_words()
    {
        var groups = WordSets.Groups().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(groups, Has.Count.GreaterThan(50));
            Assert.That(groups.Where(g => string.IsNullOrWhiteSpace(g.Source)).Select(g => g.Set), Is.Empty, "a group without a source");
            Assert.That(groups.Where(g => g.Words.Count == 0 || g.Words.Any(string.IsNullOrWhiteSpace)).Select(g => g.Set), Is.Empty, "a group without words");
            Assert.That(
                groups.Where(g => g.Source.StartsWith("WordNet", StringComparison.Ordinal)).Select(g => g.Source).Where(s => !s.Contains("(synset ", StringComparison.Ordinal)),
                Is.Empty,
                "a WordNet group names its synset");
        });
    }

    [Test]
    public void Sets_read_by_position_keep_their_order()
    {
        Assert.Multiple(() =>
        {
            Assert.That(WordSets.Of("numbers.units")[6], Is.EqualTo("seven"));
            Assert.That(WordSets.Of("numbers.tens-ordinals")[0], Is.EqualTo("twentieth"));
            Assert.That(WordSets.Of("dates.months")[2], Is.EqualTo("march"));
            Assert.That(WordSets.Of("dates.weekdays")[(int)DayOfWeek.Thursday], Is.EqualTo("thursday"));
        });
    }

    [Test]
    public void A_set_joins_its_closed_class_and_wordnet_groups()
    {
        var openers = WordSets.Of("clause.openers");
        var again = WordSets.Of("clause.openers");
        Assert.Multiple(() =>
        {
            Assert.That(openers, Does.Contain("whereas"), "a subordinator, from the grammar file");
            Assert.That(openers, Does.Contain("insisted"), "a reporting verb, from the WordNet file");
            Assert.That(() => WordSets.Of("no.such.set"), Throws.InstanceOf<KeyNotFoundException>());
            Assert.That(again, Is.Not.SameAs(openers).And.EqualTo(openers), "each caller gets its own array");
        });
    }
}
