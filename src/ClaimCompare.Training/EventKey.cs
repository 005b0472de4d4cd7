namespace ClaimCompare.Training;

/// <summary>A local event: its document and its position there (0 is the main event).</summary>
/// <param name="Document">The document's id.</param>
/// <param name="Index">The local event's index.</param>
internal readonly record struct EventKey(string Document, int Index);
