using System.Collections.Concurrent;
using ClaimCompare.Pipeline;
using ClaimCompare.Reporting;

namespace ClaimCompare.Tests.Reliability;

/// <summary>The JSON is canonical: same documents in any order, on any thread count, from any thread, give identical bytes.</summary>
public sealed class DeterminismTests
{
    private static Document[] SeedDocuments() =>
        [.. FuzzInputs.LoadSeeds().Select((text, i) => new Document("seed" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".txt", text))];

    private static string Json(ComparisonReport report) => ReportWriter.ToString(report, ReportFormat.Json);

    [Test]
    public void Reversed_and_rotated_inputs_give_identical_bytes()
    {
        var documents = SeedDocuments();
        var expected = Json(ClaimComparer.Compare(documents));
        Assert.Multiple(() =>
        {
            Assert.That(Json(ClaimComparer.Compare(documents.Reverse())), Is.EqualTo(expected));
            Assert.That(Json(ClaimComparer.Compare([.. documents.Skip(2), .. documents.Take(2)])), Is.EqualTo(expected));
        });
    }

    [Test]
    public void One_thread_and_many_threads_give_identical_bytes()
    {
        var documents = SeedDocuments();
        var sequential = ClaimComparer.CreateBuilder().UseOptions(new ClaimComparerOptions { MaxDegreeOfParallelism = 1 }).Build();
        var parallel = ClaimComparer.CreateBuilder().UseOptions(new ClaimComparerOptions { MaxDegreeOfParallelism = 8 }).Build();
        Assert.That(Json(parallel.Compare(documents)), Is.EqualTo(Json(sequential.Compare(documents))));
    }

    [Test]
    public void One_pipeline_used_from_eight_threads_gives_the_sequential_result()
    {
        var documents = SeedDocuments();
        var pipeline = ClaimComparer.CreateBuilder().Build();

        // Different subsets per iteration so the threads do not all run the same work in lockstep.
        var subsets = Enumerable.Range(0, 16).Select(i => documents.Where((_, j) => ((i + 1) >> j & 1) == 1 || j == i % documents.Length).ToArray()).ToArray();
        var expected = subsets.Select(s => Json(pipeline.Compare(s))).ToArray();
        var actual = new ConcurrentDictionary<int, string>();
        Parallel.For(0, subsets.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var json = Json(pipeline.Compare(subsets[i % subsets.Length]));
            if (!string.Equals(json, expected[i % subsets.Length], StringComparison.Ordinal))
            {
                actual[i] = json;
            }
        });

        Assert.That(actual.Keys, Is.Empty, "comparisons run concurrently differed from the sequential run");
    }

    [Test]
    public async Task Async_comparison_gives_the_same_bytes_as_the_synchronous_one()
    {
        var documents = SeedDocuments();
        var report = await ClaimComparer.CompareAsync(documents);
        Assert.That(Json(report), Is.EqualTo(Json(ClaimComparer.Compare(documents))));
    }

    [Test]
    public void Claims_are_ordered_by_document_then_position_with_ids_in_that_order()
    {
        var report = ClaimComparer.Compare(SeedDocuments());
        var ordered = report.Claims.OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Start).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(report.Claims.Select(c => c.Id), Is.EqualTo(ordered.Select(c => c.Id)));
            Assert.That(report.Claims.Select(c => c.Id), Is.EqualTo(Enumerable.Range(1, report.Claims.Count).Select(i => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        });
    }
}
