namespace ClaimCompare.Training;

/// <summary>One leave-one-corpus-out result: the held corpus linked by a model trained on the others, beside the hand-set linker.</summary>
/// <param name="Held">The held corpus.</param>
/// <param name="Trainer">The trainer chosen on the other corpora.</param>
/// <param name="Learned">The learned linker's event pair figures on the held corpus.</param>
/// <param name="HandSet">The hand-set linker's event pair figures on the held corpus.</param>
internal sealed record HeldOutResult(string Held, string Trainer, EventPairScore Learned, EventPairScore HandSet);
