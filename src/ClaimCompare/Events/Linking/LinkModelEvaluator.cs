namespace ClaimCompare.Events.Linking;

/// <summary>
/// A <see cref="LinkModel"/> laid out for evaluating hundreds of thousands of pairs: the trees' inner nodes of all trees in
/// one array of structs that read linking's features by their <see cref="LinkFeatures"/> position, the linear weights
/// that are not zero, and the set of features the model reads at all, so linking computes no other. Boosted trees are
/// tabulated over their thresholds on first use (<see cref="LinkModelTable"/>) when the table is small enough.
/// </summary>
/// <remarks>
/// It gives the same double as the model's trees and weights walked as written: the bias, then each weight times its
/// feature in the model's order, then each tree's leaf in the model's order (a weight of 0 adds 0, which changes no
/// sum, so it is left out). The same bits matter: candidates are ordered by their scores' bits
/// (<see cref="CandidateLink"/>). Immutable and thread-safe.
/// </remarks>
internal sealed class LinkModelEvaluator
{
    private readonly double bias;
    private readonly int[] linearFeatures;
    private readonly double[] linearWeights;
    private readonly Node[] nodes;
    // Per tree, its root: an index into nodes, or ~leaf for a tree that is one leaf.
    private readonly int[] roots;
    private readonly double[] leaves;
    private readonly double slope;
    private readonly double offset;
    private readonly Lazy<LinkModelTable?> table;

    /// <summary>Initializes a new instance of the <see cref="LinkModelEvaluator"/> class.</summary>
    /// <param name="featureIndexes">Per model feature, its position in <see cref="LinkFeatures.Names"/>.</param>
    /// <param name="weights">The linear weights (empty for trees).</param>
    /// <param name="bias">The bias or the trees' constant.</param>
    /// <param name="trees">The trees (empty for a linear model).</param>
    /// <param name="calibration">The calibration.</param>
    /// <exception cref="FormatException">A walk down a tree could reach a node twice (a cycle or a shared child).</exception>
    public LinkModelEvaluator(int[] featureIndexes, IReadOnlyList<double> weights, double bias, IReadOnlyList<LinkModelTree> trees, (double Slope, double Offset) calibration)
    {
        this.bias = bias;
        (slope, offset) = calibration;
        var used = 0UL;
        var features = new List<int>();
        var values = new List<double>();
        for (var i = 0; i < weights.Count; i++)
        {
            if (weights[i] != 0)
            {
                features.Add(featureIndexes[i]);
                values.Add(weights[i]);
                used |= 1UL << featureIndexes[i];
            }
        }

        linearFeatures = [.. features];
        linearWeights = [.. values];
        nodes = new Node[trees.Sum(t => t.Feature.Length)];
        leaves = new double[trees.Sum(t => t.Leaf.Length)];
        roots = new int[trees.Count];
        var nodeStart = 0;
        var leafStart = 0;
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            CheckAcyclic(tree);
            roots[t] = tree.Feature.Length == 0 ? ~leafStart : nodeStart;
            for (var i = 0; i < tree.Feature.Length; i++)
            {
                nodes[nodeStart + i] = new Node(featureIndexes[tree.Feature[i]], tree.Threshold[i], Child(tree.Left[i]), Child(tree.Right[i]));
                used |= 1UL << featureIndexes[tree.Feature[i]];
            }

            tree.Leaf.CopyTo(leaves, leafStart);
            nodeStart += tree.Feature.Length;
            leafStart += tree.Leaf.Length;

            int Child(int child) => child >= 0 ? nodeStart + child : ~(leafStart + ~child);
        }

        UsedFeatures = used;

        // Built on first use: the training tool makes many models it evaluates on a few hundred rows only.
        table = new(() => linearFeatures.Length == 0 && nodes.Length > 0 ? LinkModelTable.TryBuild(this, nodes.Select(n => (n.Feature, n.Threshold)), roots.Length) : null, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the features the model reads, as a bit set over <see cref="LinkFeatures.Names"/> positions.</summary>
    public ulong UsedFeatures { get; }

    /// <summary>Returns the calibrated probability that a pair is one event.</summary>
    /// <param name="all">The pair's features in <see cref="LinkFeatures"/> order (those in <see cref="UsedFeatures"/> at least).</param>
    /// <returns>The probability.</returns>
    public double Probability(ReadOnlySpan<double> all) => table.Value is { } tabulated ? tabulated.Probability(all) : Walk(all);

    /// <summary>Returns the calibrated probability that a pair is one event, walking the trees (or weighing the features).</summary>
    /// <param name="all">The pair's features in <see cref="LinkFeatures"/> order (those in <see cref="UsedFeatures"/> at least).</param>
    /// <returns>The probability.</returns>
    public double Walk(ReadOnlySpan<double> all)
    {
        var output = bias;
        for (var i = 0; i < linearFeatures.Length; i++)
        {
            output += linearWeights[i] * all[linearFeatures[i]];
        }

        var tree = nodes.AsSpan();
        foreach (var root in roots)
        {
            // The trees were checked to have no cycle, so each walk ends at a leaf.
            var node = root;
            while (node >= 0)
            {
                ref readonly var inner = ref tree[node];
                node = all[inner.Feature] <= inner.Threshold ? inner.Left : inner.Right;
            }

            output += leaves[~node];
        }

        return 1 / (1 + Math.Exp(-((slope * output) + offset)));
    }

    /// <summary>Refuses a tree in which a walk from the root could come back to a node: evaluation then never ends.</summary>
    private static void CheckAcyclic(LinkModelTree tree)
    {
        if (tree.Feature.Length == 0)
        {
            return;
        }

        // A tree reaches each inner node from one parent only; a node reached twice is a cycle or a shared child.
        var seen = new bool[tree.Feature.Length];
        var pending = new Stack<int>();
        pending.Push(0);
        while (pending.TryPop(out var node))
        {
            if (seen[node])
            {
                throw new FormatException("A link model tree's nodes do not form a tree (a node is reached twice).");
            }

            seen[node] = true;
            foreach (var child in (ReadOnlySpan<int>)[tree.Left[node], tree.Right[node]])
            {
                if (child >= 0)
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>One inner node: go left when the feature at <paramref name="Feature"/> is at most <paramref name="Threshold"/>; a child below 0 is leaf ~child.</summary>
    private readonly record struct Node(int Feature, double Threshold, int Left, int Right);
}
