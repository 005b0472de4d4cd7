namespace ClaimCompare.Training;

/// <summary>score.py's pairwise event figures over matched claims.</summary>
/// <param name="SameGold">Pairs of matched claims in one gold event.</param>
/// <param name="SamePredicted">Pairs of matched claims in one predicted event.</param>
/// <param name="Both">Pairs in one gold and one predicted event.</param>
internal readonly record struct EventPairScore(long SameGold, long SamePredicted, long Both)
{
    /// <summary>Gets the pair precision.</summary>
    public double Precision => SamePredicted == 0 ? 0 : (double)Both / SamePredicted;

    /// <summary>Gets the pair recall.</summary>
    public double Recall => SameGold == 0 ? 0 : (double)Both / SameGold;

    /// <summary>Gets the pair F1.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
