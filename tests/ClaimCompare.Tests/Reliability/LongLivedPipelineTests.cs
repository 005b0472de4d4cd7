using System.Globalization;
using System.Text;
using ClaimCompare.Pipeline;

namespace ClaimCompare.Tests.Reliability;

/// <summary>
/// A pipeline that lives as long as a server process must not keep anything of the documents it has read:
/// every stage's caches are per document or bounded. Fresh names in every document are what an unbounded
/// cache (entity resolutions, speakers, subjects, phrases) would grow with.
/// </summary>
public sealed class LongLivedPipelineTests
{
    // Measured: the retained heap moves by up to 50 KB between full collections (lazy tables, the thread
    // pool), the same after 1,500 or 4,500 documents; a cache that keeps just one name per document grows
    // by about 100 bytes a document (200 KB here), one that keeps every name by far more.
    private const int Documents = 2_000;
    private const long AllowedGrowthBytes = 128 * 1024;

    [Test]
    public void Fresh_names_in_every_document_leave_no_retained_memory_behind()
    {
        var pipeline = ClaimComparer.CreateBuilder().Build();
        var random = new Random(20261121); // fixed seed: the same names on every run
        Run(pipeline, random, 200); // warm-up: lazy lexicons, JIT, the thread pool
        var before = GC.GetTotalMemory(forceFullCollection: true);
        Run(pipeline, random, Documents);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retained after {Documents} documents: {(after - before) / 1024.0:0.0} KB"));
        Assert.That(after - before, Is.LessThan(AllowedGrowthBytes), "the pipeline keeps something of every document it reads");
    }

    private static void Run(ClaimComparerPipeline pipeline, Random random, int count)
    {
        // Batches of several documents so the events and diff stages link names across documents too.
        const int Batch = 5;
        for (var i = 0; i < count; i += Batch)
        {
            var documents = Enumerable.Range(i, Batch).Select(n => new Document(
                string.Create(CultureInfo.InvariantCulture, $"doc{n}.txt"),
                string.Create(CultureInfo.InvariantCulture, $"{Name(random)} spokesman {Name(random)} said {random.Next(2, 900)} people were killed in {Name(random)} on Monday. The {Name(random)} Brigade claimed responsibility, according to {Name(random)}.")));
            _ = pipeline.Compare(documents);
        }
    }

    private static string Name(Random random)
    {
        ReadOnlySpan<string> syllables = ["ka", "vor", "ze", "lun", "tri", "mo", "bas", "el", "quin", "dra", "po", "sh", "ix", "ru", "an", "gel"];
        var builder = new StringBuilder();
        var length = random.Next(2, 5);
        for (var s = 0; s < length; s++)
        {
            builder.Append(syllables[random.Next(syllables.Length)]);
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }
}
