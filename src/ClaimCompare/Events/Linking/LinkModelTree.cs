namespace ClaimCompare.Events.Linking;

/// <summary>
/// One regression tree of a boosted <see cref="LinkModel"/>, as arrays over its inner nodes: node i sends a pair left
/// when its value of feature <c>Feature[i]</c> is at most <c>Threshold[i]</c>, else right; a child below 0 is the leaf
/// <c>~child</c>. A tree with no inner nodes is its one leaf.
/// </summary>
/// <param name="Feature">Per inner node, the index (into the model's features) it splits on.</param>
/// <param name="Threshold">Per inner node, the split value.</param>
/// <param name="Left">Per inner node, the left child.</param>
/// <param name="Right">Per inner node, the right child.</param>
/// <param name="Leaf">The leaf values.</param>
internal sealed record LinkModelTree(int[] Feature, double[] Threshold, int[] Left, int[] Right, double[] Leaf)
{
    /// <summary>Returns the value of the leaf the features reach.</summary>
    /// <remarks>The plain walk, the reference the faster <see cref="LinkModelEvaluator"/> (which linking uses) is tested against.</remarks>
    /// <param name="features">The features, in the model's order.</param>
    /// <returns>The leaf value.</returns>
    public double Evaluate(ReadOnlySpan<double> features)
    {
        if (Feature.Length == 0)
        {
            return Leaf[0];
        }

        // Each step goes one level down, so the walk ends within as many steps as there are inner nodes.
        var node = 0;
        for (var step = 0; step <= Feature.Length; step++)
        {
            var next = features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
            if (next < 0)
            {
                return Leaf[~next];
            }

            node = next;
        }

        throw new InvalidOperationException("A link model tree has a cycle.");
    }

    /// <summary>Checks that the arrays describe a tree over <paramref name="featureCount"/> features.</summary>
    /// <param name="featureCount">The model's number of features.</param>
    /// <exception cref="FormatException">The arrays are inconsistent.</exception>
    public void Validate(int featureCount)
    {
        var inner = Feature.Length;
        if (Threshold.Length != inner || Left.Length != inner || Right.Length != inner || Leaf.Length != inner + 1
            || Array.Exists(Feature, f => f < 0 || f >= featureCount)
            || Array.Exists(Left, c => c >= inner || ~c >= Leaf.Length) || Array.Exists(Right, c => c >= inner || ~c >= Leaf.Length))
        {
            throw new FormatException("A link model tree's arrays do not describe a tree over the model's features.");
        }
    }
}
