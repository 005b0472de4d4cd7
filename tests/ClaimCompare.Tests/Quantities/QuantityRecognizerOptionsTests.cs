using ClaimCompare.Quantities;

namespace ClaimCompare.Tests.Quantities;

public sealed class QuantityRecognizerOptionsTests
{
    [Test]
    public void Extra_vague_quantifiers_are_read_and_can_replace_built_in_ones()
    {
        var recognizer = new QuantityRecognizer(new QuantityRecognizerOptions
        {
            ExtraVagueQuantifiers =
            [
                new VagueQuantifier("a smattering", 2, 4, "house convention"),
                new VagueQuantifier("several", 3, 9, "house convention"),
            ],
        });
        var found = recognizer.Recognize("A smattering of protesters and several police officers were hurt.");
        Assert.That(found.Select(q => (q.Text, q.Interval)), Is.EqualTo(new[]
        {
            ("A smattering", new Interval(2, 4)),
            ("several", new Interval(3, 9)),
        }));
    }

    [Test]
    public void Default_recognizer_does_not_know_the_extra_phrase() =>
        Assert.That(new QuantityRecognizer().Recognize("A smattering of protesters."), Is.Empty);

    [Test]
    public void Null_options_throw() =>
        Assert.Throws<ArgumentNullException>(() => _ = new QuantityRecognizer(null!));
}
