using System.Text.Json.Serialization;

namespace ClaimCompare.Reporting;

/// <summary>Source-generated JSON metadata for the report shapes, so writing JSON needs no reflection (AOT-safe).</summary>
/// <remarks>The generated context is immutable and thread-safe.</remarks>
[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JsonReport))]
internal sealed partial class ComparisonJsonContext : JsonSerializerContext;
