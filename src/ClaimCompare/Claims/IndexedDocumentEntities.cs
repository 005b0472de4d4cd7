using ClaimCompare.Entities;

namespace ClaimCompare.Claims;

/// <summary>
/// A document's entities with the claims stage's per-document caches: which entity ids the document
/// mentions, and the resolutions of phrases already seen. Articles repeat their speakers and actors, and
/// fuzzy resolution is the costly step, so each distinct phrase is resolved once per document.
/// </summary>
/// <remarks>Used by the one thread that reads the document; not thread-safe.</remarks>
internal sealed class IndexedDocumentEntities : DocumentEntities
{
    private readonly DocumentEntities _inner;
    private readonly IReadOnlyList<EntityMention> _mentions;
    private readonly HashSet<string> _mentioned;
    private readonly Dictionary<(string Phrase, int Position), Entity?> _resolved = [];

    // Entities that split a resolution into a reading of the phrase (the costly, fuzzy part) and a cheap search by
    // position (the built-in ones do) let one reading serve every occurrence of a phrase.
    private readonly IPhraseReadingEntities? _scanned;
    private readonly Dictionary<string, PhraseReading> _readings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _names = new(StringComparer.Ordinal);

    public IndexedDocumentEntities(DocumentEntities inner)
    {
        _inner = inner;
        _scanned = inner as IPhraseReadingEntities;
        _mentions = inner.Mentions; // read once: an implementation may build the list on every call
        _mentioned = new HashSet<string>(_mentions.Select(m => m.Entity.Id), StringComparer.Ordinal);
    }

    public override IReadOnlyList<EntityMention> Mentions => _mentions;

    public bool IsMentioned(Entity entity) => _mentioned.Contains(entity.Id);

    public override Entity? Resolve(string phrase, int position)
    {
        if (_scanned is not null)
        {
            if (!_readings.TryGetValue(phrase, out var reading))
            {
                reading = _scanned.Read(phrase);
                _readings[phrase] = reading;
            }

            return _scanned.ResolveAt(reading, position);
        }

        // Descriptions depend on position (the nearest antecedent before it); the key keeps it.
        if (!_resolved.TryGetValue((phrase, position), out var entity))
        {
            entity = _inner.Resolve(phrase, position);
            _resolved[(phrase, position)] = entity;
        }

        return entity;
    }

    /// <summary>Resolves a name through the resolver once per document.</summary>
    public Entity ResolveName(IEntityResolver resolver, string name)
    {
        if (!_names.TryGetValue(name, out var entity))
        {
            entity = resolver.Resolve(name);
            _names[name] = entity;
        }

        return entity;
    }
}
