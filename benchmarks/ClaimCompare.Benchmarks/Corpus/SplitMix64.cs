namespace ClaimCompare.Benchmarks.Corpus;

/// <summary>
/// A small seeded pseudo-random generator (SplitMix64, Steele, Lea and Flood, "Fast splittable
/// pseudorandom number generators", OOPSLA 2014) whose sequence is fixed by its specification.
/// </summary>
/// <remarks>
/// <see cref="System.Random"/> does not promise the same sequence across .NET versions for a seed, so the
/// corpus would not be byte-stable; this generator is. Instances are mutable and not thread-safe: give
/// each thread, or each article, its own (see <see cref="ForKey"/>).
/// </remarks>
public sealed class SplitMix64
{
    private ulong _state;

    /// <summary>Initializes a new instance of the <see cref="SplitMix64"/> class.</summary>
    /// <param name="seed">The seed; equal seeds give equal sequences.</param>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>Creates a generator for one item of a seeded collection, so item <paramref name="key"/> can be made without making the items before it.</summary>
    /// <param name="seed">The collection's seed.</param>
    /// <param name="stream">Which kind of item (articles, events, ...), so different kinds do not share sequences.</param>
    /// <param name="key">The item's index.</param>
    /// <returns>A generator whose sequence depends only on the three arguments.</returns>
    public static SplitMix64 ForKey(ulong seed, ulong stream, ulong key) =>
        new(Mix(Mix(seed ^ (stream * 0xD6E8FEB86659FD93UL)) ^ Mix(key + 0x9E3779B97F4A7C15UL)));

    /// <summary>The SplitMix64 output function: a bijective 64-bit mixer.</summary>
    /// <param name="z">The value to mix.</param>
    /// <returns>The mixed value.</returns>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Returns the next 64 random bits.</summary>
    /// <returns>A uniformly distributed value.</returns>
    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Returns a value in <c>[0, maxExclusive)</c> (Lemire's multiply-shift; the bias is below 2^-32).</summary>
    /// <param name="maxExclusive">The exclusive upper bound; must be positive.</param>
    /// <returns>The value.</returns>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);
    }

    /// <summary>Returns a value in <c>[minInclusive, maxExclusive)</c>.</summary>
    /// <param name="minInclusive">The smallest value.</param>
    /// <param name="maxExclusive">One past the largest value.</param>
    /// <returns>The value.</returns>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    /// <summary>Returns <see langword="true"/> with probability <paramref name="probability"/>.</summary>
    /// <param name="probability">From 0 to 1.</param>
    /// <returns>Whether the event happened.</returns>
    public bool Chance(double probability) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < probability;

    /// <summary>Picks one item uniformly.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">A non-empty list.</param>
    /// <returns>The item.</returns>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
