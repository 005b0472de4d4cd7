using ClaimCompare.Claims;
using ClaimCompare.Entities;
using ClaimCompare.Events.Reading;
using ClaimCompare.Text;

namespace ClaimCompare.Events;

/// <summary>
/// The built-in <see cref="IEventReader"/>: reads, for each claim, what its sentence, then its paragraph, then (for
/// weak cues only) the document's lead say about which event it is about: trigger, place, date and actors. A sentence
/// that recalls an earlier event ("previous attacks", "last week", "in January 2020") or names a different kind of
/// attack than the document's main event puts its claims into an event of their own.
/// </summary>
/// <remarks>
/// Relative dates ("Thursday", "last week", "earlier this month", "a year ago") are resolved against
/// <see cref="Document.PublishedOn"/>, else a dateline or byline date in the first lines; without
/// either they stay partial (a weekday, a year) and are never guessed. Instances are immutable and
/// thread-safe.
/// </remarks>
public sealed class EventCueExtractor : IEventReader, IAnalyzedDocumentReader
{
    private readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> seriesNouns;

    /// <summary>Initializes a new instance of the <see cref="EventCueExtractor"/> class.</summary>
    /// <param name="resolver">Resolves place and actor names; <see langword="null"/> reads capitalised names after "in", "near", "at" instead.</param>
    public EventCueExtractor(IEntityResolver? resolver = null)
        : this(resolver, lexicon: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EventCueExtractor"/> class that reads with a lexicon of its own.</summary>
    /// <param name="resolver">Resolves place and actor names, or <see langword="null"/>.</param>
    /// <param name="lexicon">The event vocabulary, or <see langword="null"/> for <see cref="EventLexicon.BuiltIn"/>.</param>
    internal EventCueExtractor(IEntityResolver? resolver, EventLexicon? lexicon)
    {
        Resolver = resolver;
        Lexicon = CompiledEventLexicon.For(lexicon);
        seriesNouns = Lexicon.SeriesNouns.GetAlternateLookup<ReadOnlySpan<char>>();

        // The lexicon's phrase lists in one table, all found in a document in one pass (see AnalyzedText), by the indexes of TriggerCues.
        PhraseIndex = new PhraseIndex([.. Lexicon.Triggers.Select(t => t.Phrase)], Lexicon.BackgroundMarkers, Lexicon.RelationMarkers, Lexicon.SeriesMemberMarkers);
    }

    /// <summary>Gets the resolver that names places and actors; an analysed document scanned by it is not scanned again.</summary>
    internal IEntityResolver? Resolver { get; }

    /// <summary>Gets the event lexicon the reader reads with.</summary>
    internal CompiledEventLexicon Lexicon { get; }

    /// <summary>Gets the lexicon's phrase lists as one table (triggers, background, relation and series-member markers).</summary>
    internal PhraseIndex PhraseIndex { get; }

    /// <summary>Reads the event cues of every claim of a document.</summary>
    /// <param name="document">The document's claims.</param>
    /// <returns>One set of cues per claim, in the order of <see cref="DocumentClaims.Claims"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<EventCues> Extract(DocumentClaims document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Read(document).ClaimCues;
    }

    /// <inheritdoc/>
    public DocumentEventReading Read(DocumentClaims document, EventReadingContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        return DocumentReader.Read(this, document, null, context.Terms, context.WithClaimCues);
    }

    /// <summary>Reads the local events of a document the pipeline has analysed: its words, phrase hits and entity scan are read once for all stages.</summary>
    /// <param name="document">The document's claims.</param>
    /// <param name="analyzed">The same document, analysed.</param>
    /// <param name="context">What the readings of one comparison share.</param>
    /// <returns>The reading.</returns>
    DocumentEventReading IAnalyzedDocumentReader.Read(DocumentClaims document, AnalyzedDocument analyzed, EventReadingContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analyzed);
        ArgumentNullException.ThrowIfNull(context);
        return DocumentReader.Read(this, document, analyzed, context.Terms, context.WithClaimCues);
    }

    /// <summary>Returns the date relative dates in a document are resolved against: its publication date, else its dateline.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The date, or <see langword="null"/> when the document gives none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static DateOnly? ReferenceDate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.PublishedOn is { } published)
        {
            return published;
        }

        using var text = new AnalyzedText(document.Text);
        return CueScanner.Dateline(text)?.Date;
    }

    /// <inheritdoc/>
    public override string ToString() => $"EventCueExtractor({Resolver?.GetType().Name ?? "no resolver"})";

    /// <summary>Reads the local events of a document on its own, with each claim's cues.</summary>
    /// <param name="document">The document's claims.</param>
    /// <returns>The reading.</returns>
    internal DocumentEventReading Read(DocumentClaims document) => DocumentReader.Read(this, document, null, new TermVocabulary(), withClaimCues: true);

    /// <summary>Whether a trigger phrase names several attacks ("attacks", "air strikes") rather than one.</summary>
    /// <remarks>
    /// Only a plural event noun of the lexicon's series nouns counts: "two rockets hit the embassy" is one
    /// attack with two munitions, and "floods" or "twin blasts" are one disaster or one bombing.
    /// </remarks>
    internal bool NamesSeries(TriggerEntry entry) =>
        seriesNouns.Contains(entry.Phrase.AsSpan(entry.Phrase.LastIndexOf(' ') + 1));
}
