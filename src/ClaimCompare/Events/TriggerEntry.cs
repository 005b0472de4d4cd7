namespace ClaimCompare.Events;

/// <summary>One trigger phrase of the event lexicon.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Phrase">The phrase as matched, case-insensitively, on word boundaries.</param>
/// <param name="Trigger">The normalised trigger it names ("air strike").</param>
/// <param name="Family">The family that decides which triggers can name one event.</param>
internal sealed record TriggerEntry(string Phrase, string Trigger, string Family);
