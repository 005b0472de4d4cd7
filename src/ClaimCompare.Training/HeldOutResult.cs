namespace ClaimCompare.Training;

/// <summary>
/// One held-out result: a corpus linked by models that never saw the held pairs (one model for a held corpus, one per
/// held gold event), beside the hand-set linker on the same pairs and gold conflicts.
/// </summary>
/// <param name="Held">The held corpus.</param>
/// <param name="Trainer">The trainer that fitted the models.</param>
/// <param name="Learned">The learned linker's event pair counts on the held pairs.</param>
/// <param name="HandSet">The hand-set linker's event pair counts on the same pairs.</param>
/// <param name="LearnedConflicts">Gold conflicts found and false alarms with the learned linker.</param>
/// <param name="HandSetConflicts">The same with the hand-set linker.</param>
internal sealed record HeldOutResult(string Held, string Trainer, EventPairScore Learned, EventPairScore HandSet, ConflictScore LearnedConflicts, ConflictScore HandSetConflicts)
{
    /// <summary>Gets the number of models fitted (held gold events for leave-one-event-out; 1 for a held corpus).</summary>
    public int Folds { get; init; } = 1;

    /// <summary>Gets the number of folds left out because their training rows had one answer only.</summary>
    public int Skipped { get; init; }

    /// <summary>Sums two results' counts (the held names joined).</summary>
    /// <param name="a">One result.</param>
    /// <param name="b">Another.</param>
    /// <returns>The sums.</returns>
    public static HeldOutResult operator +(HeldOutResult a, HeldOutResult b) =>
        new(a.Held + "+" + b.Held, a.Trainer, a.Learned + b.Learned, a.HandSet + b.HandSet, a.LearnedConflicts + b.LearnedConflicts, a.HandSetConflicts + b.HandSetConflicts)
        {
            Folds = a.Folds + b.Folds,
            Skipped = a.Skipped + b.Skipped,
        };
}
