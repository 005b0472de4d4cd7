using System.Text.Json.Serialization;

namespace ClaimCompare.Claims.Lexicons;

/// <summary>Source-generated JSON metadata for reading claim lexicons without reflection (AOT-safe).</summary>
[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ClaimLexicon))]
internal sealed partial class ClaimLexiconJsonContext : JsonSerializerContext;
