using ClaimCompare.Quantities;

namespace ClaimCompare.Diff;

/// <summary>Claims that agree with each other within a disagreement.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="ClaimIds">The claims on this side.</param>
/// <param name="Interval">The values every claim on this side admits (their intersection); unbounded for responsibility.</param>
/// <param name="Label">What the side says, in words ("at least 22", "Russia denied").</param>
/// <param name="Voices">The independent sources on this side.</param>
public sealed record Side(IReadOnlyList<string> ClaimIds, Interval Interval, string Label, IReadOnlyList<Voice> Voices)
{
    /// <summary>Gets the claims on this side.</summary>
    /// <value>A list that compares by value, element by element, so that equal records are <c>==</c>.</value>
    public IReadOnlyList<string> ClaimIds { get; init => field = ValueList.Of(value); } = ValueList.Of(ClaimIds);

    /// <summary>Gets the independent sources on this side.</summary>
    /// <value>A list that compares by value, element by element, so that equal records are <c>==</c>.</value>
    public IReadOnlyList<Voice> Voices { get; init => field = ValueList.Of(value); } = ValueList.Of(Voices);

    /// <inheritdoc/>
    public override string ToString() => $"{Label} ({string.Join("; ", Voices)})";
}
