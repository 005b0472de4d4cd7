using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimCompare.Claims;

namespace ClaimCompare.Tests.Claims;

/// <summary>
/// The seeds' extracted claims, held as a checked-in golden file. On a mismatch the test writes
/// <c>seeds.claims.received.json</c> beside the expected file; accept it by copying it over, or by running
/// the tests with <c>CLAIMCOMPARE_ACCEPT=1</c>.
/// </summary>
public sealed class SeedClaimsGoldenTests
{
    private static string SeedsDir => Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "seeds");

    [Test]
    public void Seed_claims_match_the_golden_file()
    {
        var documents = Directory.GetFiles(SeedsDir, "*.txt").Order(StringComparer.Ordinal).Select(Document.FromFile);
        var claims = ClaimComparer.Compare(documents).Claims;
        var received = Serialize(claims);

        // The expected file is copied to the test output; received and accepted files go to the source tree.
        var golden = Path.Combine(ClaimCompare.Tests.Api.TestRepository.Root, "tests", "ClaimCompare.Tests", "Golden");
        var expectedPath = Path.Combine(golden, "seeds.claims.expected.json");
        var receivedPath = Path.Combine(golden, "seeds.claims.received.json");
        var copied = Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden", "seeds.claims.expected.json");
        var expected = File.Exists(copied) ? File.ReadAllText(copied) : string.Empty;
        if (!string.Equals(expected, received, StringComparison.Ordinal))
        {
            File.WriteAllText(receivedPath, received);
            if (string.Equals(Environment.GetEnvironmentVariable("CLAIMCOMPARE_ACCEPT"), "1", StringComparison.Ordinal))
            {
                File.Copy(receivedPath, expectedPath, overwrite: true);
                File.Delete(receivedPath);
                Assert.Inconclusive("Accepted a new golden file: " + expectedPath);
            }
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.That(received, Is.EqualTo(expected), () => $"The seeds' claims changed; see {receivedPath} and accept it if the change is right.");
    }

    private static string Serialize(IReadOnlyList<Claim> claims)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var claim in claims)
            {
                writer.WriteStartObject();
                writer.WriteString("id", claim.Id);
                writer.WriteString("document", claim.DocumentId);
                writer.WriteString("kind", claim.Kind.ToString().ToLowerInvariant());
                WriteBound(writer, "low", claim.Interval.Low);
                WriteBound(writer, "high", claim.Interval.High);
                writer.WriteNumber("start", claim.Evidence.Start);
                writer.WriteNumber("end", claim.Evidence.End);
                writer.WriteString("subject", claim.Subject);
                writer.WriteString("actor", claim.Actor);
                writer.WriteString("polarity", claim.Polarity?.ToString().ToLowerInvariant());
                writer.WriteString("source", claim.Source.Speaker);
                writer.WriteString("evidence", claim.EvidenceText);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void WriteBound(Utf8JsonWriter writer, string name, double? bound)
    {
        if (bound is { } value)
        {
            writer.WriteNumber(name, decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
