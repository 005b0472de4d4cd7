namespace ClaimCompare.Training;

/// <summary>What <see cref="TrainCommand"/> produced.</summary>
/// <param name="Fitted">The model fitted on all corpora.</param>
/// <param name="HeldOut">The leave-one-corpus-out results (empty for one corpus).</param>
/// <param name="HeldOutEvents">The leave-one-event-out results, one per corpus.</param>
internal sealed record TrainResult(FittedLinkModel Fitted, IReadOnlyList<HeldOutResult> HeldOut, IReadOnlyList<HeldOutResult> HeldOutEvents);
