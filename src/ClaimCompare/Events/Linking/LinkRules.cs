namespace ClaimCompare.Events.Linking;

/// <summary>
/// The rules that keep two local events apart, whatever words they share: blocking proposes only pairs that no rule
/// refuses, so these decide which pairs are weighed at all. Each rule is general (it names a property of events, not
/// a sentence) and has a code and a one-line reason.
/// </summary>
/// <remarks>Stateless; thread-safe. The rules are pure: the order they are asked in changes nothing but the time.</remarks>
internal static class LinkRules
{
    /// <summary>Gets the rules, cheapest and most often refusing first.</summary>
    public static IReadOnlyList<LinkRule> All { get; } =
    [
        new(
            "same-document",
            "A document's main event and another event of the same document are two events: the document set one apart from the other.",
            LinkRuleScope.AnyPair,
            static (k, x, y) => k.SameDocument(x, y) && (k.IsMain(x) || k.IsMain(y))),
        new(
            "trigger-families",
            "Triggers of families the event lexicon keeps apart (a bombing, an air strike) name two events.",
            LinkRuleScope.AnyPair,
            static (k, x, y) => !k.FamiliesCompatible(k.Family(x), k.Family(y))),
        new(
            "dates",
            "Dates that contradict each other (more than a day apart, another month or year) are two events.",
            LinkRuleScope.AnyPair,
            static (k, x, y) => !k.DatesCompatible(x, y)),
        new(
            "answered-events",
            "Two main events that answer different kinds of attack (after a drone attack, after rocket attacks) are two events.",
            LinkRuleScope.MainEvents,
            static (k, x, y) => !k.FamiliesCompatible(k.Cause(x), k.Cause(y))),
        new(
            "weekdays",
            "Main events whose reports name only different days of the week are look-alikes told apart by the day.",
            LinkRuleScope.MainEvents,
            static (k, x, y) => k.Weekdays(x) != 0 && k.Weekdays(y) != 0 && (k.Weekdays(x) & k.Weekdays(y)) == 0),
        new(
            "series",
            "A series of attacks and one attack are two events, even where the one is among the series.",
            LinkRuleScope.RecalledEvents,
            static (k, x, y) => k.Series(x) != k.Series(y)),
        new(
            "no-anchor",
            "An event recalled in passing says little: it joins another only on a shared anchor (day, weapon or specific place), never on wording alone.",
            LinkRuleScope.RecalledEvents,
            static (k, x, y) => !k.Series(x) && !Anchored(k, x, y)),
    ];

    // The rules as an array, so the check every proposed pair goes through walks it without an enumerator.
    private static readonly LinkRule[] Rules = [.. All];

    /// <summary>Returns whether no rule refuses to link two events.</summary>
    /// <param name="keys">The events' keys.</param>
    /// <param name="x">One event.</param>
    /// <param name="y">The other event.</param>
    /// <returns>Whether the events may be linked.</returns>
    public static bool Linkable(EventKeys keys, int x, int y) => FirstRefusal(keys, x, y) is null;

    /// <summary>Returns the first rule that refuses to link two events, or <see langword="null"/> when none does.</summary>
    /// <param name="keys">The events' keys.</param>
    /// <param name="x">One event.</param>
    /// <param name="y">The other event.</param>
    /// <returns>The refusing rule, or <see langword="null"/>.</returns>
    public static LinkRule? FirstRefusal(EventKeys keys, int x, int y)
    {
        var bothMain = keys.IsMain(x) && keys.IsMain(y);
        foreach (var rule in Rules)
        {
            if (rule.AppliesTo(bothMain) && rule.Refuses(keys, x, y))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>Whether two events, one at least recalled, share an anchor: the day, a specific weapon, or a specific place.</summary>
    private static bool Anchored(EventKeys keys, int x, int y)
    {
        if (keys.SameDay(x, y))
        {
            return true;
        }

        var sameFamily = keys.IsSpecific(keys.Family(x)) && keys.Family(x) == keys.Family(y);

        // Within one document, two recalled events of the same weapon are the same recalled event.
        if (sameFamily && (keys.HasDate(x) || keys.HasDate(y) || keys.SameDocument(x, y)))
        {
            return true;
        }

        return keys.SharesSpecificPlace(x, y);
    }
}
