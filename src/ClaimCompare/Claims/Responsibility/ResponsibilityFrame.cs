namespace ClaimCompare.Claims.Responsibility;

/// <summary>Where a responsibility predicate's party stands in its clause.</summary>
/// <remarks>An enumeration; immutable and thread-safe.</remarks>
internal enum ResponsibilityFrame
{
    /// <summary>"A blamed B": the object (or the passive subject, or the object of "on") is the party.</summary>
    ObjectIsParty,

    /// <summary>"A denounced B for not enforcing the rules": the object is the party when a "for" reason follows.</summary>
    CriticismFor,

    /// <summary>"A attributed the crash to B": the object of "to" is the party.</summary>
    ToIsParty,

    /// <summary>"A held B responsible": the noun phrase between the verb and "responsible" is the party.</summary>
    HoldResponsible,

    /// <summary>"B caused the crash", "tear gas fired by B led to the deaths": the causer, or the agent inside it, is the party.</summary>
    Causal,

    /// <summary>"B disregarded the signal": the subject of a rule violation is the party.</summary>
    Violation,

    /// <summary>"B carried out the attack", "was carried out by B": the agent of an act is the party.</summary>
    AgentOfAct,

    /// <summary>"B denied involvement", "ruled out B's error": a denial.</summary>
    Denial,

    /// <summary>"A rejected the accusation": a dismissal of an attribution, which denies the attributed party.</summary>
    Dismissal,

    /// <summary>"the people responsible have been identified": the doer is said to be known.</summary>
    Identification,

    /// <summary>"B was behind it", "B was at fault": the copular subject is the party.</summary>
    SubjectIsParty,

    /// <summary>"B was not involved": read only when negated, as a denial.</summary>
    Involvement,
}
