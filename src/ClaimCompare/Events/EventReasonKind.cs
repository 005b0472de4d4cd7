namespace ClaimCompare.Events;

/// <summary>The kinds of <see cref="EventReason"/>: why the local events of a cluster belong together.</summary>
internal enum EventReasonKind
{
    /// <summary>The cluster is one document's main event, linked to no other document.</summary>
    MainEventOfOneDocument,

    /// <summary>The cluster is an event one document recalls, set apart from its main event by a marker.</summary>
    RecalledByOneDocument,

    /// <summary>The cluster is a series of attacks that the reports of one story recall.</summary>
    RecalledSeries,

    /// <summary>The documents' events share their trigger, place or date (and enough content terms).</summary>
    SharedCues,

    /// <summary>The documents' events share content terms but no trigger, place or date.</summary>
    SharedTerms,
}
