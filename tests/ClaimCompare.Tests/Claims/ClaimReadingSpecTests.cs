using ClaimCompare.Claims;

namespace ClaimCompare.Tests.Claims;

/// <summary>
/// Claims as news English states them (issue 21): one row per general pattern, with sentences composed for the
/// spec, not taken from the corpora. The comment on each row names the pattern it stands for.
/// </summary>
public sealed class ClaimReadingSpecTests
{
    private const string Outlet = "Daily Example";

    private static readonly ClaimExtractor Extractor = (ClaimExtractor)ClaimComparer.Default.Extractor;

    // (text, kind, low, high) — some claim of that kind has these bounds; high -1 means unbounded.
    private static readonly object[][] FigureCases =
    [
        ["The death toll stood at 45 on Sunday.", "killed", 45, 45],                                  // toll noun + state verb "stood at"
        ["The number of injured reached 130 by the evening.", "injured", 130, 130],                   // injured toll noun + change verb "reached"
        ["Officials revised the death toll to 80 from 95.", "killed", 80, 80],                        // shifted toll: the current figure ("to N") ...
        ["Officials revised the death toll to 80 from 95.", "killed", 95, 95],                        // ... and the earlier one ("from M") as its own claim
        ["No one was hurt when the roof collapsed.", "injured", 0, 0],                                // zero statement with a negative subject
        ["The storm passed without casualties.", "killed", 0, 0],                                     // zero statement: "without casualties" covers the dead ...
        ["The storm passed without casualties.", "injured", 0, 0],                                    // ... and the injured
        ["At least 25 climbers are missing after the avalanche.", "count", 25, -1],                   // count predicate: a state a toll depends on
    ];

    [TestCaseSource(nameof(FigureCases))]
    public void Reads_the_figure(string text, string kind, int low, int high)
    {
        var claims = Extractor.Extract(Document.FromText("spec", text)).Claims;
        Assert.That(
            claims.Any(c => c.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase) && c.Interval.Low == low && c.Interval.High == (high < 0 ? null : high)),
            Is.True,
            () => string.Join("; ", claims));
    }

    // (text, kind, low of the claim, words its speaker must contain) — who the claim is attributed to.
    private static readonly object[][] SpeakerCases =
    [
        ["A fire killed 6 people in the market.", "killed", 6, Outlet],                                                              // own voice: no speaker, so the outlet
        ["AFP, NAIROBI\n\nA bus crash killed 7 people on the highway.", "killed", 7, "AFP"],                                        // own voice of wire copy: a credit line with its dateline
        ["A bus crash killed 7 people on the highway.\nThe driver was detained, a police officer told Reuters.", "killed", 7, "Reuters"], // the agency the reporters spoke to carries the copy
        ["A bus crash killed 7 people on the highway, according to Reuters.\nAnother 9 were injured.", "injured", 9, Outlet],     // "according to" cites another's report: no credit of the copy
        ["Flood toll rises to 40\n\nThe death toll from the floods rose to 40, officials said.", "killed", 40, "officials"],         // a headline figure takes the body's speaker for the same figure
        ["Provincial authorities on Tuesday raised the death toll to 58.", "killed", 58, "authorities"],                            // the subject of a toll-setting verb states the toll
        ["At least 12 people were injured, according to two hospital officials.", "injured", 12, "hospital officials"],             // "according to" with a counted speaker
        ["Maria Lopez, the head of the regional rescue service in Valencia, said 14 people had died.", "killed", 14, "Lopez"],    // name, appositive between commas, reporting verb: the name speaks
        ["Officials in the mountain province said 20 people died.", "killed", 20, "Officials"],                                     // a place phrase after the speaker's head is no part of it
    ];

    [TestCaseSource(nameof(SpeakerCases))]
    public void Attributes_the_claim(string text, string kind, int low, string speaker)
    {
        var claims = Extractor.Extract(Document.FromText("spec", text) with { Outlet = Outlet }).Claims;
        var claim = claims.FirstOrDefault(c => c.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase) && c.Interval.Low == low);
        Assert.That(claim?.Source.Speaker, Does.Contain(speaker).IgnoreCase, () => string.Join("; ", claims.Select(c => c + " / " + c.Source)));
    }
}
