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

    /// <summary>Adds two folds' pair counts (a micro-average over folds).</summary>
    /// <param name="a">One fold's counts.</param>
    /// <param name="b">Another's.</param>
    /// <returns>The sums.</returns>
    public static EventPairScore operator +(EventPairScore a, EventPairScore b) =>
        new(a.SameGold + b.SameGold, a.SamePredicted + b.SamePredicted, a.Both + b.Both);

    /// <inheritdoc/>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Precision:0.000} / {Recall:0.000} / {F1:0.000}");
}
