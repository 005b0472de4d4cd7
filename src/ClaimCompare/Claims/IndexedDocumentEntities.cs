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
    private readonly HashSet<string> _mentioned;
    private readonly Dictionary<(string Phrase, int Position), Entity?> _resolved = [];
    private readonly Dictionary<string, Entity> _names = new(StringComparer.Ordinal);

    public IndexedDocumentEntities(DocumentEntities inner)
    {
        _inner = inner;
        _mentioned = new HashSet<string>(inner.Mentions.Select(m => m.Entity.Id), StringComparer.Ordinal);
    }

    public override IReadOnlyList<EntityMention> Mentions => _inner.Mentions;

    public bool IsMentioned(Entity entity) => _mentioned.Contains(entity.Id);

    public override Entity? Resolve(string phrase, int position)
    {
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
