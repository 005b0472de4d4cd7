using Microsoft.Extensions.Logging;

namespace ClaimCompare.Pipeline;

/// <summary>Source-generated log messages of the pipeline.</summary>
internal static partial class PipelineLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Compared {Documents} documents: {Claims} claims, {Events} events, {Disagreements} disagreements in {ElapsedMs} ms")]
    public static partial void Compared(ILogger logger, int documents, int claims, int events, int disagreements, long elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Document {DocumentId}: {Diagnostic}")]
    public static partial void DocumentDiagnostic(ILogger logger, string documentId, string diagnostic);
}
