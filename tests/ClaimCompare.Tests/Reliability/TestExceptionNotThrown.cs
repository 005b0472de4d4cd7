namespace ClaimCompare.Tests.Reliability;

/// <summary>Inputs that once crashed or broke an invariant; one line each, in the style of Markdig's TestExceptionNotThrown.</summary>
public sealed class TestExceptionNotThrown
{
    [TestCase("", Description = "empty document")]
    [TestCase(" \n\t\r\n ", Description = "whitespace only")]
    [TestCase("\uD800", Description = "a lone high surrogate")]
    [TestCase("\uDC00 7 killed", Description = "a lone low surrogate before a number")]
    [TestCase("\0\0\0 5 \0 killed", Description = "NUL characters")]
    [TestCase("5", Description = "a bare number with nothing around it")]
    [TestCase("killed", Description = "a predicate with no number")]
    [TestCase("some -5 people were killed", Description = "fuzz: an approximate negative number gave low > high (QuantityScan.Add)")]
    [TestCase("nearly -5 people were killed", Description = "a nearly-hedged negative number, same bug family")]
    [TestCase("between 20 and 10 people were killed", Description = "a range written high to low")]
    [TestCase("about 2e308 people were killed", Description = "long fuzz: a figure overflowed to infinity and the JSON writer threw (JsonReportFormatter)")]
    [TestCase("Police said 1.7e308 million people were killed. Police said 5 people were killed.", Description = "an infinite point value beside a finite one in one diff group")]
    [TestCase("More than 99999999999999999999999999999999 million people were killed. 5 people were killed.", Description = "an overflowing figure against a small one: infinite severity")]
    [TestCase("1..5", Description = "long fuzz: the dot of \".5\" after \"1.\" read as an empty identifier group; the scan never moved on and filled memory (QuantityScan.ParseDigits)")]
    [TestCase("Officials said 2..000 people were killed in 2.000.000 2..000 attacks.", Description = "the long-fuzz input's shape: double dots among dotted groups")]
    [TestCase("0E6021 people were killed", Description = "long fuzz: zero times an overflowing power of ten gave a NaN low (QuantityScan.ParseDigits)")]
    [TestCase("about 0x10^999 people were killed", Description = "the same zero-times-infinity in the x10^ form")]
    [TestCase("a -from $", Description = "property test: a currency symbol ending the text made ParseNumber read past the end (QuantityScan.ParseNumber)")]
    [TestCase("at least $", Description = "the same: a hedge, then a currency symbol as the last character")]
    public void Pipeline_survives(string text) => Assert.DoesNotThrow(() => PipelineInvariants.FuzzOne(text));

    [TestCase("\u1E9A", Description = "fuzz: the fold of ẚ to \"aʾ\" kept the ʾ, which a second pass dropped (NameTokenizer)")]
    [TestCase("\u0149ab", Description = "ŉ folds to \"ʼn\": the same apostrophe-in-a-fold case")]
    [TestCase("the al-the", Description = "articles only, with a hyphen-attached one")]
    [TestCase("et-e", Description = "fuzz: only articles, one hyphen-attached; the free one survived once and went on the second pass (EntityNormalizer)")]
    [TestCase("x\uFCF2y", Description = "fuzz: an Arabic ligature folds to a tatweel, kept once and dropped on the second pass (NameTokenizer)")]
    public void Entity_normalisation_is_idempotent(string name)
    {
        var once = global::ClaimCompare.Entities.EntityNormalizer.Normalize(name);
        Assert.That(global::ClaimCompare.Entities.EntityNormalizer.Normalize(once), Is.EqualTo(once));
    }
}
