namespace ClaimCompare.Events.Linking;

/// <summary>
/// A boosted-tree <see cref="LinkModel"/> tabulated: a tree compares each feature with its thresholds only, so what
/// the trees make of a pair depends only on where each feature they read falls among the thresholds the trees use for
/// it, its bin. The table holds the model's probability for every combination of bins, so a pair costs a few
/// comparisons and one read instead of a walk down every tree.
/// </summary>
/// <remarks>
/// Each cell's probability is the trees' own, computed once at a point of that cell by <see cref="LinkModelEvaluator"/>:
/// the same leaves added in the same order, so the same bits as walking the trees for any pair that falls in the cell.
/// A model whose bins multiply to more than <see cref="MaxCells"/> cells (many features with many thresholds) is not
/// tabulated and its trees are walked. Immutable and thread-safe.
/// </remarks>
internal sealed class LinkModelTable
{
    /// <summary>The most cells a table may have: 2 MB of probabilities.</summary>
    public const int MaxCells = 1 << 18;

    /// <summary>The most tree walks building a table may cost (cells times trees), a fraction of a second.</summary>
    private const long MaxWalks = 1L << 25;

    // Per feature the trees read: its position in LinkFeatures order, its thresholds ascending without repeats, and
    // the stride of its bin in the cell index.
    private readonly int[] features;
    private readonly double[][] thresholds;
    private readonly int[] strides;
    private readonly double[] probabilities;

    private LinkModelTable(int[] features, double[][] thresholds, int[] strides, double[] probabilities)
    {
        this.features = features;
        this.thresholds = thresholds;
        this.strides = strides;
        this.probabilities = probabilities;
    }

    /// <summary>Tabulates the trees of <paramref name="evaluator"/>, or returns <see langword="null"/> when the table would be too large.</summary>
    /// <param name="evaluator">A tree model's evaluator (no linear weights).</param>
    /// <param name="splits">Every inner node's feature (<see cref="LinkFeatures"/> position) and threshold.</param>
    /// <param name="trees">The number of trees.</param>
    /// <returns>The table, or <see langword="null"/>.</returns>
    public static LinkModelTable? TryBuild(LinkModelEvaluator evaluator, IEnumerable<(int Feature, double Threshold)> splits, int trees)
    {
        var byFeature = new SortedDictionary<int, SortedSet<double>>();
        foreach (var (feature, threshold) in splits)
        {
            if (!double.IsFinite(threshold))
            {
                return null;
            }

            if (!byFeature.TryGetValue(feature, out var set))
            {
                byFeature[feature] = set = [];
            }

            // 0.0 and -0.0 compare equal, so the set keeps one; a feature's value compares the same with either.
            set.Add(threshold);
        }

        var columns = byFeature.Keys.ToArray();
        var cuts = byFeature.Values.Select(s => s.ToArray()).ToArray();
        var steps = new int[columns.Length];
        long cells = 1;
        for (var f = columns.Length - 1; f >= 0; f--)
        {
            steps[f] = (int)cells;
            cells *= cuts[f].Length + 1;
            if (cells > MaxCells || cells * trees > MaxWalks)
            {
                return null;
            }
        }

        // One point per cell: a feature in bin i (i of its thresholds below the value) is given its i-th threshold, which
        // every threshold from the i-th on lets go left and every one before sends right; the last bin is given +infinity.
        var cellProbabilities = new double[cells];
        var point = new double[LinkFeatures.Count];
        var bins = new int[columns.Length];
        for (var cell = 0; cell < cellProbabilities.Length; cell++)
        {
            for (var f = 0; f < columns.Length; f++)
            {
                bins[f] = cell / steps[f] % (cuts[f].Length + 1);
                point[columns[f]] = bins[f] < cuts[f].Length ? cuts[f][bins[f]] : double.PositiveInfinity;
            }

            cellProbabilities[cell] = evaluator.Walk(point);
        }

        return new LinkModelTable(columns, cuts, steps, cellProbabilities);
    }

    /// <summary>Returns the model's probability for a pair.</summary>
    /// <param name="all">The pair's features in <see cref="LinkFeatures"/> order.</param>
    /// <returns>The probability, the same bits as walking the trees.</returns>
    public double Probability(ReadOnlySpan<double> all)
    {
        var cell = 0;
        for (var f = 0; f < features.Length; f++)
        {
            cell += strides[f] * Bin(thresholds[f], all[features[f]]);
        }

        return probabilities[cell];
    }

    /// <summary>The number of thresholds a value goes right of: the first threshold it is at most (a tree sends a value at its threshold left).</summary>
    /// <remarks>NaN is at most none, so it goes right of all, as in a tree.</remarks>
    private static int Bin(double[] ascending, double value)
    {
        var low = 0;
        var high = ascending.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (value <= ascending[middle])
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
