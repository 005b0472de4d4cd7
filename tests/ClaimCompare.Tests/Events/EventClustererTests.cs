using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Entities;
using ClaimCompare.Events;
using ClaimCompare.Reporting;
using ClaimCompare.Text;

namespace ClaimCompare.Tests.Events;

public sealed class EventClustererTests
{
    private static string SeedsDir => Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "seeds");

    private static GoldCorpus Seeds => GoldCorpus.Load(Path.Combine(SeedsDir, "gold.json"), SeedsDir);

    [Test]
    public void The_2023_strike_is_never_compared_with_the_2021_strike()
    {
        var corpus = Seeds;
        var report = IncrementalComparison.Build(corpus.Documents);
        var eventOf = report.Claims.GroupBy(c => (c.DocumentId, c.EvidenceText)).ToDictionary(g => g.Key, g => g.First().EventId);
        var strike2021 = eventOf[("001_175442fad59b652b.txt", "killing at least 22 fighters")];
        var strike2023 = eventOf[("000_13e4782a93ac0abd.txt", "eight pro-Iran fighters were slain")];
        var handful = eventOf[("002_8726a5bced9eabbe.txt", "“up to a handful” of people had been killed")];
        var drone = eventOf[("000_13e4782a93ac0abd.txt", "drone attack that killed a US contractor")];
        Assert.Multiple(() =>
        {
            Assert.That(strike2023, Is.Not.EqualTo(strike2021), "same place, same kind of attack, another year");
            Assert.That(handful, Is.EqualTo(strike2021), "the Pentagon's handful is about the 2021 strike");
            Assert.That(drone, Is.Not.EqualTo(strike2023), "a strike and the drone attack it answered are two events");
            Assert.That(report.Disagreements[0].Sides.SelectMany(s => s.ClaimIds).Select(id => report.Claims.Single(c => string.Equals(c.Id, id, StringComparison.Ordinal)).EventId), Is.All.EqualTo(strike2021));
        });
    }

    [Test]
    public void The_headline_is_the_observatory_against_the_defence_official()
    {
        var report = IncrementalComparison.Build(Seeds.Documents);
        var text = ReportWriter.ToString(report, ReportFormat.Text);
        var first = text.Split('\n')[0];
        Assert.Multiple(() =>
        {
            Assert.That(first, Does.Contain("Syrian Observatory for Human Rights, carried by 2 outlets"));
            Assert.That(first, Does.Contain("US Department of Defense"));
            Assert.That(first, Does.Contain("at least 22"));
        });
    }

    [Test]
    public void Shuffled_documents_give_the_same_report()
    {
        var documents = Seeds.Documents;
        var batch = ReportWriter.ToString(IncrementalComparison.Build(documents), ReportFormat.Json);
        var reversed = ReportWriter.ToString(IncrementalComparison.Build(documents.Reverse()), ReportFormat.Json);
        var rotated = ReportWriter.ToString(IncrementalComparison.Build(documents.Skip(2).Concat(documents.Take(2))), ReportFormat.Json);
        Assert.Multiple(() =>
        {
            Assert.That(reversed, Is.EqualTo(batch));
            Assert.That(rotated, Is.EqualTo(batch));
        });
    }

    [Test]
    public void Adding_documents_one_at_a_time_equals_the_batch()
    {
        var documents = Seeds.Documents;
        var batch = IncrementalComparison.Build(documents);
        var incremental = IncrementalComparison.Create();
        var seen = new List<string>();
        foreach (var document in documents.Reverse())
        {
            incremental = incremental.Add(document);
            seen.Add(ReportWriter.ToString(incremental.Report, ReportFormat.Json));
        }

        Assert.Multiple(() =>
        {
            Assert.That(incremental.Count, Is.EqualTo(documents.Count));
            Assert.That(ReportWriter.ToString(incremental.Report, ReportFormat.Json), Is.EqualTo(ReportWriter.ToString(batch, ReportFormat.Json)));
            Assert.That(seen.Distinct(StringComparer.Ordinal).Count(), Is.EqualTo(documents.Count), "each addition changes the report");
        });
    }

    [Test]
    public void Clusterer_assigns_every_claim_to_one_event_with_ids_in_canonical_order()
    {
        var documents = Seeds.Documents;
        var numbered = IncrementalComparison.Build(documents);
        var events = numbered.Events;
        Assert.Multiple(() =>
        {
            Assert.That(events.SelectMany(e => e.ClaimIds), Is.EquivalentTo(numbered.Claims.Select(c => c.Id)));
            Assert.That(events.Select(e => e.Id), Is.EqualTo(Enumerable.Range(1, events.Count).Select(i => "e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            Assert.That(events.Select(e => int.Parse(e.ClaimIds[0][1..], System.Globalization.CultureInfo.InvariantCulture)), Is.Ordered, "events ordered by their first claim");
            Assert.That(events.All(e => e.Reason.Length > 0 && e.Label.Length > 0), Is.True, "every event has a label and a reason");
        });
    }

    [Test]
    public void A_resolver_names_places_and_the_clusterer_uses_it()
    {
        var text = "A drone attack hit a base near Hasakah on Thursday, killing a contractor.";
        var document = new Document("a.txt", text, PublishedOn: new DateOnly(2023, 3, 24));
        var evidence = new TextSpan(text.IndexOf("killing", StringComparison.Ordinal), text.Length - 1);
        var claim = new Claim("a.txt", ClaimKind.Killed, evidence, evidence.Slice(text), new TextSpan(0, text.Length), ClaimCompare.Quantities.Interval.Exactly(1), null, "contractor", null, null, Attribution.Unattributed) { Id = "c1" };
        var claims = new DocumentClaims(document, [], [claim], [], []);
        var cues = new EventCueExtractor(new FakeResolver()).Extract(claims).Single();
        Assert.Multiple(() =>
        {
            Assert.That(cues.Trigger, Is.EqualTo("drone attack"));
            Assert.That(cues.Place, Is.EqualTo("Al-Hasakah"));
            Assert.That(cues.Date, Is.EqualTo(new DateOnly(2023, 3, 23)));
        });
    }

    [Test]
    public void Cancellation_is_honoured()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.That(() => new EventClusterer().Cluster(Seeds.Documents, source.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    /// <summary>Knows one place, by an alias, as the Entities stage would.</summary>
    private sealed class FakeResolver : IEntityResolver
    {
        private static readonly Entity Hasakah = new("place:hasakah", "Al-Hasakah", EntityType.Place, ["Hasakah"], "test table");

        public Entity Resolve(string name, EntityType typeHint = EntityType.Unknown) =>
            string.Equals(name, "Hasakah", StringComparison.OrdinalIgnoreCase) ? Hasakah : new Entity(name.ToLowerInvariant(), name, typeHint, [], null);

        public DocumentEntities ScanDocument(string text) => new FakeEntities(text);

        private sealed class FakeEntities(string text) : DocumentEntities
        {
            public override IReadOnlyList<EntityMention> Mentions { get; } =
                text.IndexOf("Hasakah", StringComparison.Ordinal) is var i && i >= 0 ? [new EntityMention(new TextSpan(i, i + 7), "Hasakah", Hasakah, 1)] : [];

            public override Entity? Resolve(string phrase, int position) => null;
        }
    }
}
