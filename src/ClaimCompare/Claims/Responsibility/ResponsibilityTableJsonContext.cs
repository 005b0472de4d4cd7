using System.Text.Json.Serialization;

namespace ClaimCompare.Claims.Responsibility;

/// <summary>Source-generated JSON metadata for reading the responsibility table without reflection (AOT-safe).</summary>
[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ResponsibilityTable))]
internal sealed partial class ResponsibilityTableJsonContext : JsonSerializerContext;
