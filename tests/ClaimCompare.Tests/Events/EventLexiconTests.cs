using System.Text;
using ClaimCompare.Events;
using ClaimCompare.Pipeline;

namespace ClaimCompare.Tests.Events;

/// <summary>The event lexicon is public data: the built-in table loads with a source per entry, and users extend it.</summary>
public sealed class EventLexiconTests
{
    // A kind of event the built-in table does not name: a trigger with a family of its own.
    private const string UserTable = """
        {
          "description": "user table",
          "triggers": [
            { "phrase": "sinkhole", "trigger": "sinkhole", "family": "ground collapse", "source": "WordNet 3.0 sinkhole.n.01" },
            { "phrase": "sinkholes", "trigger": "sinkhole", "family": "ground collapse", "source": "WordNet 3.0 sinkhole.n.01, plural" }
          ]
        }
        """;

    private static EventLexicon User => EventLexicon.Load(new MemoryStream(Encoding.UTF8.GetBytes(UserTable)));

    [Test]
    public void The_built_in_lexicon_gives_every_entry_a_source()
    {
        var lexicon = EventLexicon.BuiltIn;
        var phrases = lexicon.BackgroundMarkers.Concat(lexicon.RelationMarkers).Concat(lexicon.StandingForces).Concat(lexicon.SeriesNouns)
            .Concat(lexicon.SeriesMemberMarkers).Concat(lexicon.ReportingVerbs).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.Triggers, Has.Count.GreaterThan(100));
            Assert.That(lexicon.Triggers.Where(t => string.IsNullOrWhiteSpace(t.Source)).Select(t => t.Phrase), Is.Empty);
            Assert.That(lexicon.CompatibleFamilies.Where(p => string.IsNullOrWhiteSpace(p.Source)).Select(p => p.A + "/" + p.B), Is.Empty);
            Assert.That(lexicon.GenericFamilies.Where(g => string.IsNullOrWhiteSpace(g.Source)).Select(g => g.Family), Is.Empty);
            Assert.That(phrases.Where(p => string.IsNullOrWhiteSpace(p.Source)).Select(p => p.Phrase), Is.Empty);
            Assert.That(lexicon.GenericFamilies.Where(g => g.Universal).Select(g => g.Family), Is.EqualTo(new[] { "attack" }));
        });
    }

    [Test]
    public void A_user_table_loads_alone_and_merges_after_the_built_in_one()
    {
        var user = User;
        var merged = EventLexicon.BuiltIn.Merge(user);
        Assert.Multiple(() =>
        {
            Assert.That(user.Triggers.Select(t => (t.Phrase, t.Trigger, t.Family)), Is.EqualTo(new[] { ("sinkhole", "sinkhole", "ground collapse"), ("sinkholes", "sinkhole", "ground collapse") }));
            Assert.That(user.ReportingVerbs, Is.Empty, "lists left out are empty");
            Assert.That(merged.Triggers, Has.Count.EqualTo(EventLexicon.BuiltIn.Triggers.Count + 2));
            Assert.That(merged.Triggers.TakeLast(2), Is.EqualTo(user.Triggers));
            Assert.That(merged.ReportingVerbs, Is.EqualTo(EventLexicon.BuiltIn.ReportingVerbs));
            Assert.That(() => EventLexicon.Load(null!), Throws.ArgumentNullException);
            Assert.That(() => EventLexicon.BuiltIn.Merge(null!), Throws.ArgumentNullException);
        });
    }

    [Test]
    public void A_user_trigger_makes_a_new_kind_of_event_recognised_and_kept_apart_from_other_kinds()
    {
        Document[] documents =
        [
            new("a.txt", "A sinkhole swallowed three houses in Guatemala City on Tuesday, killing 15 people, officials said.", PublishedOn: new DateOnly(2024, 6, 5)),
            new("b.txt", "Rescuers said a giant sinkhole in Guatemala City killed 15 people on Tuesday.", PublishedOn: new DateOnly(2024, 6, 5)),
            new("c.txt", "An earthquake struck Guatemala City on Tuesday, killing 15 people, officials said.", PublishedOn: new DateOnly(2024, 6, 5)),
        ];

        var builtIn = ClaimComparer.CreateBuilder().Build().Compare(documents);
        var extended = ClaimComparer.CreateBuilder().UseEventLexicon(User).Build().Compare(documents);

        var sinkholeEvents = extended.Events.Where(e => string.Equals(e.Cues.Trigger, "sinkhole", StringComparison.Ordinal)).ToList();
        var claimsOf = extended.Claims.ToDictionary(c => c.Id, c => c.DocumentId);
        Assert.Multiple(() =>
        {
            Assert.That(builtIn.Events.Select(e => e.Cues.Trigger), Has.None.EqualTo("sinkhole"), "the built-in table does not name the kind");
            Assert.That(sinkholeEvents, Has.Count.EqualTo(1), "both sinkhole reports are one event of the new kind");
            Assert.That(sinkholeEvents.SelectMany(e => e.ClaimIds).Select(id => claimsOf[id]).Distinct().Order(StringComparer.Ordinal), Is.EqualTo(new[] { "a.txt", "b.txt" }));
            Assert.That(extended.Events.Where(e => string.Equals(e.Cues.Trigger, "earthquake", StringComparison.Ordinal)).SelectMany(e => e.ClaimIds).Select(id => claimsOf[id]).Distinct(), Is.EqualTo(new[] { "c.txt" }), "an earthquake the same day in the same city is another kind");
        });
    }
}
