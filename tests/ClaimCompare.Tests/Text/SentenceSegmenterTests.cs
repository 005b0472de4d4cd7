using ClaimCompare.Text;

namespace ClaimCompare.Tests.Text;

public sealed class SentenceSegmenterTests
{
    // (text, expected sentences joined by " | ")
    private static readonly object[][] Cases =
    [
        // Abbreviations and initials do not end a sentence.
        ["U.S. forces struck. Mr. Kirby said so.", "U.S. forces struck. | Mr. Kirby said so."],
        ["Gen. Frank McKenzie spoke. He left.", "Gen. Frank McKenzie spoke. | He left."],
        ["The strike hit on Feb. 25 near the border.", "The strike hit on Feb. 25 near the border."],
        ["President John F. Kennedy was there.", "President John F. Kennedy was there."],
        // Headlines, bylines and bullets end at the line break without punctuation.
        ["US launches air strikes\nBy Jane Doe\nThe Pentagon said.", "US launches air strikes | By Jane Doe | The Pentagon said."],
        ["- by Emilio Sims\n- in Money\n- — Feb 26, 2021", "- by Emilio Sims | - in Money | - — Feb 26, 2021"],
        // Datelines stay with their sentence.
        ["MOGADISHU, Somalia — At least 10 people were killed. Police said.", "MOGADISHU, Somalia — At least 10 people were killed. | Police said."],
        // Closing quotes go with the sentence they close.
        ["“We know what we hit.” Austin told reporters.", "“We know what we hit.” | Austin told reporters."],
        ["He said: \"It is over.\" Then he left.", "He said: \"It is over.\" | Then he left."],
        // A lower-case continuation is not a new sentence.
        ["The toll rose to 31. officials said later.", "The toll rose to 31. officials said later."],
        // Numbers with decimals are not sentence ends.
        ["It cost 1.5 million dollars. Then more.", "It cost 1.5 million dollars. | Then more."],
        // Question and exclamation marks.
        ["Who did it? Nobody knows! Police are looking.", "Who did it? | Nobody knows! | Police are looking."],
        // Empty and whitespace-only text has no sentences.
        ["", ""],
        ["   \n\n  ", ""],
    ];

    [TestCaseSource(nameof(Cases))]
    public void Splits_news_text_into_sentences(string text, string expected)
    {
        var sentences = SentenceSegmenter.Default.Segment(text);
        Assert.That(string.Join(" | ", sentences.Select(s => s.Span.Slice(text))), Is.EqualTo(expected));
    }

    [Test]
    public void Lines_start_new_paragraphs_and_offsets_index_the_original_text()
    {
        const string text = "Headline\n\nFirst sentence. Second one.\nThird.";
        var sentences = SentenceSegmenter.Default.Segment(text);
        Assert.Multiple(() =>
        {
            Assert.That(sentences.Select(s => s.Paragraph), Is.EqualTo(new[] { 0, 1, 1, 2 }));
            Assert.That(sentences.Select(s => s.Index), Is.EqualTo(new[] { 0, 1, 2, 3 }));
            Assert.That(sentences[2].Span.Slice(text), Is.EqualTo("Second one."));
        });
    }
}
