using System.Collections.Concurrent;
using System.Text;
using ClaimCompare.Benchmarks.Corpus;

namespace ClaimCompare.Benchmarks;

/// <summary>The size of a generated corpus in megabytes of UTF-8 text, computed once per size and cached.</summary>
/// <remarks>Thread-safe; the cache only ever holds values that are pure functions of their key.</remarks>
public static class CorpusSize
{
    private static readonly ConcurrentDictionary<int, double> Cache = new();

    /// <summary>Returns the UTF-8 size, in MB (10⁶ bytes), of the default corpus of <paramref name="articles"/> articles.</summary>
    /// <param name="articles">The article count.</param>
    /// <returns>The size.</returns>
    public static double Megabytes(int articles) =>
        Cache.GetOrAdd(articles, n => new CorpusGenerator(n).Documents().Sum(d => (double)Encoding.UTF8.GetByteCount(d.Text)) / 1e6);
}
