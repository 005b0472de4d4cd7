using ClaimCompare.Claims;
using ClaimCompare.Pipeline;
using ClaimCompare.Quantities;

namespace ClaimCompare.Tests.Reliability;

/// <summary>Every number mention becomes a claim or is listed as unclassified with a reason; limits are reported, never silent.</summary>
public sealed class NothingLostTests
{
    [Test]
    public void Every_number_in_the_seed_articles_is_a_claim_or_unclassified()
    {
        var recognizer = new QuantityRecognizer();
        foreach (var text in FuzzInputs.LoadSeeds())
        {
            var read = PipelineInvariants.Pipeline.Extractor.Extract(new Document("seed.txt", text));
            var accounted = read.Unclassified.Select(u => u.Quantity.Span).Concat(read.Claims.Where(c => c.Quantity is not null).Select(c => c.Quantity!.Span)).ToHashSet();
            Assert.That(recognizer.Recognize(text).Where(q => !accounted.Contains(q.Span)).Select(q => q.ToString()), Is.Empty);
        }
    }

    [Test]
    public void Unclassified_numbers_carry_a_reason_that_fits_them()
    {
        var report = ClaimComparer.Compare([new Document("a.txt", "The 2023 budget was 5%. Police said 7 people were killed. He bought 4 apples.")]);
        Assert.Multiple(() =>
        {
            Assert.That(report.Unclassified, Is.Not.Empty);
            foreach (var mention in report.Unclassified)
            {
                var expected = mention.Quantity.IsCount ? UnclassifiedReason.NoPredicate : UnclassifiedReason.NotACount;
                Assert.That(mention.Reason, Is.EqualTo(expected), mention.ToString());
            }
        });
    }

    // (sentence repeated three times, limit, claims kept, numbers listed as limit reached). The sentence holds two claims.
    private static readonly object[][] ClaimLimitCases =
    [
        ["The attack left 20 dead and 112 wounded. ", 3, 3, 3],  // the limit falls inside the second sentence: its second claim is cut, not kept
        ["The attack left 20 dead and 112 wounded. ", 2, 2, 4],  // the limit falls between sentences
        ["The attack left 20 dead and 112 wounded. ", 1, 1, 5],  // the limit cuts the very first sentence
        ["The attack left 20 dead and 112 wounded. ", 0, 0, 6],  // no claim at all: every number is listed
        ["Police said 7 people were killed. ", 5, 3, 0],         // a limit never reached is not reported
    ];

    [TestCaseSource(nameof(ClaimLimitCases))]
    public void Claim_limit_is_exact_and_the_rest_listed_as_limit_reached(string sentence, int limit, int kept, int limitReached)
    {
        var text = string.Concat(Enumerable.Repeat(sentence, 3));
        var pipeline = ClaimComparer.CreateBuilder().UseOptions(new ClaimComparerOptions { Limits = new ClaimExtractorOptions { MaxClaimsPerDocument = limit } }).Build();
        var report = pipeline.Compare([new Document("a.txt", text)]);
        Assert.Multiple(() =>
        {
            Assert.That(report.Claims, Has.Count.EqualTo(kept));
            Assert.That(report.Unclassified.Count(u => u.Reason == UnclassifiedReason.LimitReached), Is.EqualTo(limitReached));
            Assert.That(report.Documents[0].Diagnostics.Any(d => d.Contains("MaxClaimsPerDocument", StringComparison.Ordinal)), Is.EqualTo(limitReached > 0));
        });
        PipelineInvariants.CheckReport(report, new Dictionary<string, string>(StringComparer.Ordinal) { ["a.txt"] = text });
    }

    [Test]
    public void Document_length_limit_is_reported()
    {
        var text = string.Concat(Enumerable.Repeat("Police said 7 people were killed. ", 100));
        var pipeline = ClaimComparer.CreateBuilder().UseOptions(new ClaimComparerOptions { Limits = new ClaimExtractorOptions { MaxDocumentLength = 500 } }).Build();
        var read = pipeline.Extractor.Extract(new Document("a.txt", text));
        Assert.Multiple(() =>
        {
            Assert.That(read.Diagnostics, Has.Some.Contains("MaxDocumentLength"));
            Assert.That(read.Claims.All(c => c.Evidence.End <= 500), Is.True);
            Assert.That(pipeline.Compare([new Document("a.txt", text)]).Documents[0].Diagnostics, Has.Some.Contains("MaxDocumentLength"));
        });
        PipelineInvariants.CheckDocument(text, read, 500);
    }

    [Test]
    public void No_diagnostics_when_no_limit_is_hit()
    {
        var report = ClaimComparer.Compare([new Document("a.txt", "Police said 7 people were killed.")]);
        Assert.That(report.Documents[0].Diagnostics, Is.Empty);
    }
}
