using System.Text.Json;
using ClaimCompare.Reporting;

namespace ClaimCompare.Tests.Reliability;

/// <summary>
/// Text given through the API may hold an unpaired surrogate, which no UTF-8 output can carry. Found by the long fuzz
/// run (seed 1, input 8440): a responsibility claim's evidence held one, and the JSON report wrote U+FFFD in its place,
/// which the fuzz invariant had taken for a changed evidence text.
/// </summary>
public sealed class LoneSurrogateTests
{
    private const string Text = "The drone attack, which US intelligence claimed was \u201cof Iranian\uD883origin,\u201d occurred on Thursday night, according to defence sources.";

    [Test]
    public void An_unpaired_surrogate_in_evidence_is_written_as_a_replacement_character_at_the_same_offset()
    {
        var report = PipelineInvariants.FuzzOne(Text); // every invariant, every format
        var claim = report.Claims.Single(c => c.EvidenceText.Contains('\uD883', StringComparison.Ordinal));
        using var json = JsonDocument.Parse(ReportWriter.ToString(report, ReportFormat.Json));
        var written = json.RootElement.GetProperty("claims").EnumerateArray().Single(c => string.Equals(c.GetProperty("id").GetString(), claim.Id, StringComparison.Ordinal));
        var evidence = written.GetProperty("evidence").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(evidence, Is.EqualTo(claim.EvidenceText.Replace('\uD883', '\uFFFD')));
            Assert.That(evidence, Has.Length.EqualTo(written.GetProperty("end").GetInt32() - written.GetProperty("start").GetInt32()), "offsets still count the evidence");
        });
    }
}
