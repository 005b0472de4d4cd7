namespace ClaimCompare.Benchmarks;

/// <summary>A benchmark class that can say how much work one operation does, for <see cref="ThroughputColumn"/>.</summary>
/// <remarks>Implementations must answer from parameters alone (no set-up state), deterministically.</remarks>
public interface IWorkload
{
    /// <summary>Returns the amount of work one call of <paramref name="method"/> does with <paramref name="parameters"/>.</summary>
    /// <param name="method">The benchmark method's name.</param>
    /// <param name="parameters">The parameter values by name.</param>
    /// <returns>The amount and its unit ("MB", "claims"); amount 0 when not meaningful.</returns>
    (double Amount, string Unit) Work(string method, IReadOnlyDictionary<string, object> parameters);
}
