namespace ClaimCompare.Claims;

/// <summary>Where a responsibility finding's actor comes from when its subject is a pronoun.</summary>
/// <remarks>An enumeration; immutable and thread-safe.</remarks>
internal enum ActorReference
{
    /// <summary>The finding names its actor itself.</summary>
    Named,

    /// <summary>"The ministry said it did not launch": the speaker of the sentence's reporting verb.</summary>
    Speaker,

    /// <summary>"He claimed responsibility": the last speaker before the sentence.</summary>
    PreviousSpeaker,

    /// <summary>"The governor faulted the pronouncement": the actor of the last attribution in the document.</summary>
    LastAttribution,

    /// <summary>"He said the attack was revenge for his brother": the actor of the last claim in the document, restated.</summary>
    LastClaim,
}
