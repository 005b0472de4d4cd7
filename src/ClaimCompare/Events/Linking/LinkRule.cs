namespace ClaimCompare.Events.Linking;

/// <summary>One rule that refuses to link two local events, with a stable code and a one-line reason.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Code">A short stable code ("dates") for diagnostics and tests.</param>
/// <param name="Reason">One line on why such events are two events.</param>
/// <param name="Scope">Which pairs the rule is asked about.</param>
/// <param name="Refuses">Whether the rule refuses to link events <c>x</c> and <c>y</c>, read from their keys.</param>
internal sealed record LinkRule(string Code, string Reason, LinkRuleScope Scope, Func<EventKeys, int, int, bool> Refuses)
{
    /// <summary>Returns whether the rule is asked about a pair.</summary>
    /// <param name="bothMain">Whether both events are their documents' main events.</param>
    /// <returns>Whether the rule applies.</returns>
    public bool AppliesTo(bool bothMain) => Scope switch
    {
        LinkRuleScope.MainEvents => bothMain,
        LinkRuleScope.RecalledEvents => !bothMain,
        _ => true,
    };

    /// <inheritdoc/>
    public override string ToString() => $"{Code}: {Reason}";
}
