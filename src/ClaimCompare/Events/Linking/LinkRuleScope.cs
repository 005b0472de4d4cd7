namespace ClaimCompare.Events.Linking;

/// <summary>Which pairs of local events a <see cref="LinkRule"/> is asked about.</summary>
internal enum LinkRuleScope
{
    /// <summary>Every pair.</summary>
    AnyPair,

    /// <summary>Pairs of two main events.</summary>
    MainEvents,

    /// <summary>Pairs of which at least one event is recalled (background).</summary>
    RecalledEvents,
}
