namespace ClaimCompare.Tests.Claims;

/// <summary>
/// Claim accuracy against the gold corpora (issue 21): the seeds, dev (attacks) and dev2 (disasters and
/// accidents) are compared with their outlets as metadata and scored as score.py scores them. Each floor
/// stands just under the figure reached, as a regression guard; raise it as work lands.
/// </summary>
[TestFixture]
public sealed class ClaimAccuracyFloorTests
{
    private static string Corpora => Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpora");

    private static string SeedsDir => Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "seeds");

    [Test]
    public void Seeds_keep_their_claim_accuracy()
    {
        var score = Run(Path.Combine(SeedsDir, "gold.json"), SeedsDir, Path.Combine(Corpora, "seeds.outlets.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(score.Claims.F1, Is.GreaterThanOrEqualTo(0.91), "claims F1");
            Assert.That(score.Kinds["count"].Recall, Is.GreaterThanOrEqualTo(0.99), "count recall");
            Assert.That(score.Kinds["responsibility"].F1, Is.GreaterThanOrEqualTo(0.90), "responsibility F1");
            // 14, not 15: issue 22 removed the fragment "by groups affiliated with", whose seed claim (IRGC, Lloyd Austin) was right.
            Assert.That(score.SourcesRight, Is.GreaterThanOrEqualTo(15), "sources named right");
        });
    }

    [Test]
    public void Dev_keeps_its_claim_accuracy()
    {
        var dir = Path.Combine(Corpora, "dev");
        var score = Run(Path.Combine(dir, "gold.json"), Path.Combine(dir, "docs"), Path.Combine(dir, "outlets.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(score.Claims.F1, Is.GreaterThanOrEqualTo(DevFloor.ClaimsF1), "claims F1");
            Assert.That(score.Kinds["responsibility"].F1, Is.GreaterThanOrEqualTo(DevFloor.ResponsibilityF1), "responsibility F1");
            Assert.That(score.Kinds["count"].Recall, Is.GreaterThanOrEqualTo(DevFloor.CountRecall), "count recall");
            Assert.That(score.SourceAccuracy, Is.GreaterThanOrEqualTo(DevFloor.Sources), "sources named right");
        });
    }

    [Test]
    public void Dev2_keeps_its_claim_accuracy()
    {
        var dir = Path.Combine(Corpora, "dev2");
        var score = Run(Path.Combine(dir, "gold.json"), Path.Combine(dir, "docs"), Path.Combine(dir, "outlets.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(score.Kinds["killed"].F1, Is.GreaterThanOrEqualTo(Dev2Floor.KilledF1), "killed F1");
            Assert.That(score.Kinds["injured"].F1, Is.GreaterThanOrEqualTo(Dev2Floor.InjuredF1), "injured F1");
            Assert.That(score.Claims.F1, Is.GreaterThanOrEqualTo(Dev2Floor.ClaimsF1), "claims F1");
            Assert.That(score.Kinds["responsibility"].F1, Is.GreaterThanOrEqualTo(Dev2Floor.ResponsibilityF1), "responsibility F1");
            Assert.That(score.Kinds["count"].Recall, Is.GreaterThanOrEqualTo(Dev2Floor.CountRecall), "count recall");
            Assert.That(score.SourceAccuracy, Is.GreaterThanOrEqualTo(Dev2Floor.Sources), "sources named right");
        });
    }

    [Test]
    public void The_port_normalises_names_as_score_py()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ClaimScore.NormName("The Ministry of Health"), Is.EqualTo("ministry health"));
            Assert.That(ClaimScore.NormName("Indonesia’s police"), Is.EqualTo("indonesias police"));
            Assert.That(ClaimScore.Ratio("abcd", "bcde"), Is.EqualTo(0.75).Within(1e-9)); // difflib: 2·3/8
        });
    }

    internal static ClaimScore.Result Run(string gold, string docsDir, string outlets) => Run(gold, docsDir, outlets, out _);

    internal static ClaimScore.Result Run(string gold, string docsDir, string outlets, out ComparisonReport report)
    {
        var metadata = ClaimCompare.Training.GoldCorpus.ReadOutlets(outlets); // the training tool reads outlets.csv the same way
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var documents = new List<Document>();
        foreach (var path in Directory.GetFiles(docsDir, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            texts[name] = ClaimScore.ReadText(path);
            var document = Document.FromFile(path);
            if (metadata.TryGetValue(name, out var row))
            {
                document = document with { Outlet = row.Outlet, PublishedOn = row.Published };
            }

            documents.Add(document);
        }

        report = ClaimComparer.Compare(documents);
        var score = ClaimScore.Score(gold, texts, report);
        TestContext.Out.WriteLine(score);
        return score;
    }

    // Floors just under the figures reached (see the commit that set them); raise them as work lands. Dev2 sources
    // fell from .61 to .587 when the responsibility reader began to match 34 more claims, whose speakers are sources too;
    // sources named right rose again (dev2 128 -> 131) when the count and sub-group readers matched 20 more claims whose
    // speakers stand in an earlier sentence, so the share fell to .550 (dev .674 -> .658, 179 of 272); the speaker readers
    // (quoted speech across sentences, paragraph attribution, office nouns) then took it to dev 219/275, dev2 153/238; the
    // issue 21 sources round (agency citations, statement owners, blame subjects, paragraph speakers, headline restatements,
    // title + surname, toll-setter subjects) to dev 229/275 (.833), dev2 181/238 (.761).
    private static class DevFloor
    {
        public const double ClaimsF1 = 0.93;
        public const double ResponsibilityF1 = 0.94; // .943 once issue 22's conflict work landed
        public const double CountRecall = 0.85;
        public const double Sources = 0.83;
    }

    private static class Dev2Floor
    {
        public const double KilledF1 = 0.93; // .935 once "figures as high as N" reiterates a toll
        public const double InjuredF1 = 0.92;
        public const double ClaimsF1 = 0.93;
        public const double ResponsibilityF1 = 0.94; // .944
        public const double CountRecall = 0.88; // .885 once "listed N as missing", "number of ... missing" and elided heads are read
        public const double Sources = 0.76;
    }
}
