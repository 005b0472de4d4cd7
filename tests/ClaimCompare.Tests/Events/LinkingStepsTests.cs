using ClaimCompare.Diff;
using ClaimCompare.Events;
using ClaimCompare.Events.Linking;

namespace ClaimCompare.Tests.Events;

/// <summary>Linking's named steps: the link rules, the options that replaced its constants, and the reason a cluster keeps.</summary>
public sealed class LinkingStepsTests
{
    private static string SeedsDir => Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "seeds");

    [Test]
    public void Every_link_rule_has_its_own_code_and_a_one_line_reason()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LinkRules.All.Select(r => r.Code), Is.Unique);
            Assert.That(LinkRules.All.Select(r => r.Code), Is.All.Matches("^[a-z]+(-[a-z]+)*$"), "codes are short kebab-case words");
            Assert.That(LinkRules.All.Select(r => r.Reason), Is.All.Not.Contain('\n').And.EndsWith("."), "one sentence each");
        });
    }

    [Test]
    public void A_rule_refuses_a_pair_for_its_reason()
    {
        // Two main events of different weekdays, and a document's main event with its own recalled event.
        var keys = new EventKeys(
            [
                Event("d1", index: 0, isMain: true, weekdays: 1 << (int)DayOfWeek.Thursday),
                Event("d1", index: 1, isMain: false, weekdays: 0),
                Event("d2", index: 0, isMain: true, weekdays: 1 << (int)DayOfWeek.Sunday),
                Event("d3", index: 0, isMain: true, weekdays: 0),
            ],
            CompiledEventLexicon.Default);
        Assert.Multiple(() =>
        {
            Assert.That(LinkRules.FirstRefusal(keys, 0, 2)?.Code, Is.EqualTo("weekdays"));
            Assert.That(LinkRules.FirstRefusal(keys, 0, 1)?.Code, Is.EqualTo("same-document"));
            Assert.That(LinkRules.FirstRefusal(keys, 0, 3), Is.Null, "a report that names no weekday contradicts none");
            Assert.That(LinkRules.Linkable(keys, 2, 3), Is.True);
        });
    }

    [Test]
    public void The_options_default_to_the_constants_linking_was_measured_with()
    {
        var options = new EventClustererOptions();
        Assert.Multiple(() =>
        {
            Assert.That(options.SameDayBonus, Is.EqualTo(0.1));
            Assert.That(options.SharedWeekdayBonus, Is.EqualTo(0.05));
            Assert.That(options.SharedPlaceBonus, Is.EqualTo(0.05));
            Assert.That(options.AverageLinkFactor, Is.EqualTo(0.5));
            Assert.That(() => new EventLinker(options with { SameDayBonus = 0.45 }), Throws.InstanceOf<ArgumentOutOfRangeException>(), "bonuses add up to at most 0.5");
            Assert.That(() => new EventLinker(options with { SharedPlaceBonus = -0.01 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void Each_cluster_keeps_the_reason_its_sentence_is_written_from()
    {
        var corpus = GoldCorpus.Load(Path.Combine(SeedsDir, "gold.json"), SeedsDir);
        var events = IncrementalComparison.Build(corpus.Documents).Events;
        Assert.Multiple(() =>
        {
            Assert.That(events.Select(e => EventReasonText.Reason(e.Basis)), Is.EqualTo(events.Select(e => e.Reason)));
            Assert.That(events.Select(e => e.Basis.Kind), Has.Some.EqualTo(EventReasonKind.SharedCues), "the seeds link reports of one event");
            Assert.That(events.Where(e => e.Basis.Kind == EventReasonKind.SharedCues).Select(e => e.Basis.Documents), Is.All.GreaterThan(1));
        });
    }

    private static LocalEvent Event(string document, int index, bool isMain, int weekdays) =>
        new(document, index, isMain, null, null, DateCue.None, [], [], TermSet.Empty, [], weekdays, isMain ? null : "a marker");
}
