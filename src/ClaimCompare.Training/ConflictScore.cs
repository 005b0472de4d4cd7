namespace ClaimCompare.Training;

/// <summary>score.py's conflict figures: gold conflicts that a disagreement sets against each other, and gold compatible pairs it wrongly does.</summary>
/// <param name="Found">Gold conflicts found.</param>
/// <param name="Gold">Gold conflicts counted.</param>
/// <param name="FalseAlarms">Gold compatible pairs set against each other.</param>
/// <param name="Compatible">Gold compatible pairs counted.</param>
internal readonly record struct ConflictScore(int Found, int Gold, int FalseAlarms, int Compatible)
{
    /// <summary>Adds two folds' counts.</summary>
    /// <param name="a">One fold's counts.</param>
    /// <param name="b">Another's.</param>
    /// <returns>The sums.</returns>
    public static ConflictScore operator +(ConflictScore a, ConflictScore b) =>
        new(a.Found + b.Found, a.Gold + b.Gold, a.FalseAlarms + b.FalseAlarms, a.Compatible + b.Compatible);

    /// <inheritdoc/>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Found}/{Gold}, false alarms {FalseAlarms}/{Compatible}");
}
