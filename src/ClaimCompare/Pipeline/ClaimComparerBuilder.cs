using ClaimCompare.Claims;
using ClaimCompare.Claims.Lexicons;
using ClaimCompare.Diff;
using ClaimCompare.Entities;
using ClaimCompare.Events;
using ClaimCompare.Events.Linking;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Pipeline;

/// <summary>
/// Configures and builds a <see cref="ClaimComparerPipeline"/>: replace any stage, add lexicon or entity
/// tables, set limits. Every <c>Use*</c> method returns the builder for chaining.
/// </summary>
/// <remarks>A builder is mutable and not thread-safe; the pipeline it builds is immutable and thread-safe.</remarks>
public sealed class ClaimComparerBuilder
{
    private ISentenceSegmenter? _segmenter;
    private IQuantityRecognizer? _quantities;
    private IEntityResolver? _entities;
    private EntityRegistry _registry = EntityRegistry.BuiltIn;
    private ClaimLexicon _lexicon = ClaimLexicon.BuiltIn;
    private EventLexicon? _eventLexicon;
    private Func<ISentenceSegmenter, IQuantityRecognizer, IEntityResolver, ClaimLexicon, ClaimExtractorOptions, IClaimExtractor>? _extractorFactory;
    private Func<IEntityResolver, IEventClusterer>? _clustererFactory;
    private Func<IEntityResolver, IEventReader>? _readerFactory;
    private IEventLinker? _linker;
    private IDisagreementFinder? _differ;
    private ClaimComparerOptions _options = ClaimComparerOptions.Default;

    /// <summary>Replaces the sentence segmenter.</summary>
    /// <param name="segmenter">The segmenter.</param>
    /// <returns>This builder.</returns>
    public ClaimComparerBuilder UseSentenceSegmenter(ISentenceSegmenter segmenter)
    {
        _segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
        return this;
    }

    /// <summary>Replaces the quantity recogniser.</summary>
    /// <param name="recognizer">The recogniser.</param>
    /// <returns>This builder.</returns>
    public ClaimComparerBuilder UseQuantityRecognizer(IQuantityRecognizer recognizer)
    {
        _quantities = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        return this;
    }

    /// <summary>Replaces the entity resolver (the registry tables added with <see cref="UseEntityTable"/> are then ignored).</summary>
    /// <param name="resolver">The resolver.</param>
    /// <returns>This builder.</returns>
    public ClaimComparerBuilder UseEntityResolver(IEntityResolver resolver)
    {
        _entities = resolver ?? throw new ArgumentNullException(nameof(resolver));
        return this;
    }

    /// <summary>Merges a user table of entities (aliases, types) into the built-in gazetteer.</summary>
    /// <param name="registry">The user table, for example from <see cref="EntityRegistry.FromJson"/> or <see cref="EntityRegistry.FromCsv"/>.</param>
    /// <returns>This builder.</returns>
    public ClaimComparerBuilder UseEntityTable(EntityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = _registry.Merge(registry);
        return this;
    }

    /// <summary>Adds entries to the claims lexicon (casualty predicates, reporting verbs, responsibility phrases, ...).</summary>
    /// <param name="lexicon">The entries to add to the built-in ones.</param>
    /// <returns>This builder.</returns>
    public ClaimComparerBuilder UseClaimLexicon(ClaimLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = _lexicon.Merge(lexicon);
        return this;
    }

    /// <summary>Adds entries to the event lexicon (trigger phrases and their families, markers, reporting verbs) of the built-in events stage.</summary>
    /// <remarks>
    /// A trigger with a family of its own makes a new kind of event recognised and linked. A custom reader, linker or
    /// clusterer reads with its own vocabulary; a linker from <see cref="UseLinkModel"/> keeps the built-in lexicon.
    /// </remarks>
    /// <param name="lexicon">The entries to add to the built-in ones, for example from <see cref="EventLexicon.Load"/>.</param>
    /// <returns>This builder.</returns>
    public ClaimComparerBuilder UseEventLexicon(EventLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _eventLexicon = (_eventLexicon ?? EventLexicon.BuiltIn).Merge(lexicon);
        return this;
    }

    /// <summary>Replaces the claims stage.</summary>
    /// <param name="factory">Creates the extractor from the other stages, the lexicon and the limits.</param>
    /// <returns>This builder.</returns>
    public ClaimComparerBuilder UseClaimExtractor(Func<ISentenceSegmenter, IQuantityRecognizer, IEntityResolver, ClaimLexicon, ClaimExtractorOptions, IClaimExtractor> factory)
    {
        _extractorFactory = factory ?? throw new ArgumentNullException(nameof(factory));
        return this;
    }

    /// <summary>Replaces the whole events stage with one call; an event reader or linker set before is dropped.</summary>
    /// <remarks>
    /// A custom clusterer gives up what the two halves allow (see <see cref="IEventClusterer"/>): events are no longer
    /// read in the extraction pass, so every document's text is kept until clustering, and
    /// <see cref="ClaimComparerPipeline.CreateIncremental"/> throws. Prefer <see cref="UseEventReader"/> and
    /// <see cref="UseEventLinker"/>.
    /// </remarks>
    /// <param name="factory">Creates the clusterer from the entity resolver.</param>
    /// <returns>This builder.</returns>
    public ClaimComparerBuilder UseEventClusterer(Func<IEntityResolver, IEventClusterer> factory)
    {
        _clustererFactory = factory ?? throw new ArgumentNullException(nameof(factory));
        (_readerFactory, _linker) = (null, null);
        return this;
    }

    /// <summary>Replaces the per-document half of the events stage (the built-in one is <see cref="EventCueExtractor"/>); a custom clusterer set before is dropped.</summary>
    /// <param name="factory">Creates the reader from the entity resolver.</param>
    /// <returns>This builder.</returns>
    public ClaimComparerBuilder UseEventReader(Func<IEntityResolver, IEventReader> factory)
    {
        _readerFactory = factory ?? throw new ArgumentNullException(nameof(factory));
        _clustererFactory = null;
        return this;
    }

    /// <summary>Replaces the corpus-wide half of the events stage (the built-in one is <see cref="EventLinker"/>); a custom clusterer set before is dropped.</summary>
    /// <param name="linker">The linker.</param>
    /// <returns>This builder.</returns>
    public ClaimComparerBuilder UseEventLinker(IEventLinker linker)
    {
        _linker = linker ?? throw new ArgumentNullException(nameof(linker));
        _clustererFactory = null;
        return this;
    }

    /// <summary>
    /// Links local events with a learned model (written by the training tool) in place of the hand-set scoring: each
    /// pair blocking proposes is weighed by the model's probability that the two are one event; blocking, the link
    /// rules and the clustering's checks stay as they are. A custom linker or clusterer set before is dropped.
    /// </summary>
    /// <param name="model">The model (<see cref="LinkModel.Load"/>).</param>
    /// <returns>This builder.</returns>
    public ClaimComparerBuilder UseLinkModel(LinkModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return UseEventLinker(new EventLinker(new EventClustererOptions(), new LinkModelScorer(model)));
    }

    /// <summary>Replaces the diff stage.</summary>
    /// <param name="differ">The disagreement finder.</param>
    /// <returns>This builder.</returns>
    public ClaimComparerBuilder UseDisagreementFinder(IDisagreementFinder differ)
    {
        _differ = differ ?? throw new ArgumentNullException(nameof(differ));
        return this;
    }

    /// <summary>Sets the options (limits, parallelism, logging, semantic similarity).</summary>
    /// <param name="options">The options.</param>
    /// <returns>This builder.</returns>
    public ClaimComparerBuilder UseOptions(ClaimComparerOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>Builds the immutable, thread-safe pipeline.</summary>
    /// <returns>The pipeline.</returns>
    public ClaimComparerPipeline Build()
    {
        var segmenter = _segmenter ?? SentenceSegmenter.Default;
        var quantities = _quantities ?? new QuantityRecognizer();
        var entities = _entities ?? new EntityResolver(_registry);
        var extractor = _extractorFactory is { } makeExtractor
            ? makeExtractor(segmenter, quantities, entities, _lexicon, _options.Limits)
            : new ClaimExtractor(segmenter, quantities, entities, _lexicon, _options.Limits);
        var differ = _differ ?? new DisagreementFinder();
        return new ClaimComparerPipeline(extractor, BuildEvents(entities), differ, _options) { Resolver = entities };
    }

    /// <inheritdoc/>
    public override string ToString() => "ClaimComparerBuilder";

    /// <summary>The events stage: a custom clusterer alone, or a reader and a linker (the built-in ones where none was given).</summary>
    private ClaimComparerPipeline.EventStage BuildEvents(IEntityResolver entities)
    {
        if (_clustererFactory is { } makeClusterer)
        {
            return new ClaimComparerPipeline.EventStage(makeClusterer(entities), Reader: null, Linker: null);
        }

        var builtIn = _readerFactory is null || _linker is null ? new EventClusterer(new EventClustererOptions { Resolver = entities, Lexicon = _eventLexicon }) : null;
        var reader = _readerFactory?.Invoke(entities) ?? builtIn!.CueExtractor;
        var linker = _linker ?? builtIn!.Linker;
        IEventClusterer clusterer = _readerFactory is null && _linker is null ? builtIn! : new EventStages.ReadThenLink(reader, linker);
        return new ClaimComparerPipeline.EventStage(clusterer, reader, linker);
    }
}
