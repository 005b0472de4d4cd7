using System.Reflection;

namespace ClaimCompare.Tests.Api;

/// <summary>Where the repository and the copied seed articles are: recorded at build time, never found by walking up.</summary>
internal static class TestRepository
{
    /// <summary>Gets the repository root (with a trailing separator).</summary>
    public static string Root { get; } = Metadata("RepositoryRoot");

    /// <summary>Gets the configuration the tests were built with, so tools reuse that build instead of making another.</summary>
    public static string Configuration { get; } = Metadata("BuildConfiguration");

    /// <summary>Gets the seed articles copied into the test output.</summary>
    public static string SeedsDirectory => Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "seeds");

    /// <summary>Reads the seed articles as documents.</summary>
    public static IReadOnlyList<Document> Seeds() =>
        [.. Directory.GetFiles(SeedsDirectory, "*.txt").Order(StringComparer.Ordinal).Select(Document.FromFile)];

    private static string Metadata(string key) =>
        typeof(TestRepository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => string.Equals(a.Key, key, StringComparison.Ordinal)).Value
        ?? throw new InvalidOperationException("Missing assembly metadata " + key);
}
