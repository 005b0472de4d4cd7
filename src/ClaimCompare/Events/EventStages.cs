using ClaimCompare.Claims;

namespace ClaimCompare.Events;

/// <summary>The events stage from its two halves: read every document (<see cref="IEventReader"/>), then link (<see cref="IEventLinker"/>).</summary>
/// <remarks>Stateless; thread-safe.</remarks>
internal static class EventStages
{
    /// <summary>Reads the local events of documents to be linked together, in parallel, with one context.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="documents">The documents' claims.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>Each document's reading, in the order of <paramref name="documents"/>, without the cues read per claim.</returns>
    public static DocumentEventReading[] ReadAll(IEventReader reader, IReadOnlyList<DocumentClaims> documents, CancellationToken cancellationToken)
    {
        // Each document's cues are read on its own, so this half spreads over cores like extraction. Linking needs the
        // events, not the cues of each claim: not making those keeps a large run's readings small.
        var readings = new DocumentEventReading[documents.Count];
        var context = new EventReadingContext();
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => readings[i] = reader.Read(documents[i], context));
        return readings;
    }

    /// <summary>An <see cref="IEventClusterer"/> made of a reader and a linker, for a pipeline given its own halves.</summary>
    /// <remarks>Immutable and thread-safe when its halves are.</remarks>
    internal sealed class ReadThenLink(IEventReader reader, IEventLinker linker) : IEventClusterer
    {
        /// <inheritdoc/>
        public IReadOnlyList<EventCluster> Cluster(IReadOnlyList<DocumentClaims> documents, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(documents);
            return linker.Link(documents, ReadAll(reader, documents, cancellationToken), cancellationToken);
        }

        /// <inheritdoc/>
        public override string ToString() => $"ReadThenLink({reader.GetType().Name}, {linker.GetType().Name})";
    }
}
