namespace ClaimCompare.Benchmarks.Corpus;

/// <summary>A place, group, speaker or person of the synthetic world, with the spellings articles use for it.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Canonical">The name the ground truth uses.</param>
/// <param name="Spellings">The ways articles write it, canonical first; transliteration variants and short forms.</param>
/// <param name="Detail">A region for places ("northern Iraq"), a role for speakers ("a war monitor"); may be empty.</param>
public sealed record NamedThing(string Canonical, IReadOnlyList<string> Spellings, string Detail = "")
{
    /// <summary>Creates an entry from its spellings, the first being canonical.</summary>
    /// <param name="detail">The region or role.</param>
    /// <param name="spellings">The spellings, canonical first.</param>
    /// <returns>The entry.</returns>
    public static NamedThing Of(string detail, params string[] spellings) => new(spellings[0], spellings, detail);
}
