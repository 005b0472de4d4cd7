using System.Text.Json.Serialization;
using ClaimCompare.Claims.Lexicons;
using ClaimCompare.Claims.Responsibility;

namespace ClaimCompare.Lexicons;

/// <summary>Source-generated JSON metadata for every lexicon shape, read without reflection (trimming- and AOT-safe).</summary>
[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ClaimLexicon))]
[JsonSerializable(typeof(ClaimCompare.Events.EventLexicon))]
[JsonSerializable(typeof(ResponsibilityTable))]
[JsonSerializable(typeof(DescriptionsFile))]
[JsonSerializable(typeof(PhraseTableFile))]
[JsonSerializable(typeof(SourceNounsFile))]
[JsonSerializable(typeof(WordSetsFile))]
internal sealed partial class LexiconJsonContext : JsonSerializerContext;
