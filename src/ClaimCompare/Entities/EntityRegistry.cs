using System.Collections.Immutable;

namespace ClaimCompare.Entities;

/// <summary>
/// A table of known entities (organisations, governments, offices, armed groups, outlets, places and
/// persons) with their aliases, demonyms, description heads and provenance: the built-in gazetteer, user
/// tables read from JSON or CSV, or a merge of several.
/// </summary>
/// <remarks>
/// <para>Instances are immutable and thread-safe; <see cref="Merge(EntityRegistry)"/> returns a new registry.</para>
/// <para>Order is priority: when two entries share an alias and no type hint separates them, the earlier
/// entry wins. Entries merged in from another registry come first, so user tables override the gazetteer.</para>
/// <para>JSON tables are either an array of entries or an object with an <c>entities</c> array (and an
/// optional <c>sources</c> object whose keys entries may cite). An entry has <c>name</c> (required),
/// <c>id</c>, <c>type</c> (an <see cref="EntityType"/> name), <c>aliases</c>, <c>demonyms</c>,
/// <c>heads</c> (arrays of strings, or one string separated by semicolons) and <c>source</c>. CSV tables
/// have a header row naming the same columns; list columns separate items with semicolons. Entries without
/// a source get the provenance "user table"; entries without an id get the name's skeleton key.</para>
/// </remarks>
public sealed class EntityRegistry
{
    private static readonly Lazy<EntityRegistry> BuiltInRegistry = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableDictionary<string, int> byId;

    private EntityRegistry(ImmutableArray<Entity> entities)
    {
        Entities = entities;
        var ids = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Length; i++)
        {
            ids.TryAdd(entities[i].Id, i);
        }

        byId = ids.ToImmutable();
    }

    /// <summary>Gets a registry with no entries.</summary>
    public static EntityRegistry Empty { get; } = new([]);

    /// <summary>
    /// Gets the built-in gazetteer, read once from the embedded <c>ClaimCompare.Entities/gazetteer.lexicon.json</c>:
    /// about 540 entries for conflict, terror and disaster news worldwide, each citing its source.
    /// </summary>
    public static EntityRegistry BuiltIn => BuiltInRegistry.Value;

    /// <summary>Gets the entries in priority order.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Gets the number of entries.</summary>
    public int Count => Entities.Count;

    /// <summary>Creates a registry from entities already built, in priority order; a later entry with an id already seen is dropped.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is <see langword="null"/>.</exception>
    public static EntityRegistry FromEntities(IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = ImmutableArray.CreateBuilder<Entity>();
        foreach (var entity in entities)
        {
            if (entity is not null && seen.Add(entity.Id))
            {
                list.Add(entity);
            }
        }

        return new EntityRegistry(list.ToImmutable());
    }

    /// <summary>Reads a user table in JSON (see the type's remarks for the format).</summary>
    /// <param name="stream">UTF-8 JSON; read to its end and not closed.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The stream is not a JSON table of entities, or an entry has no name.</exception>
    public static EntityRegistry FromJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return FromEntities(EntityTableReader.ReadJson(stream, "user table"));
    }

    /// <summary>Reads a user table in CSV with a header row (see the type's remarks for the columns).</summary>
    /// <param name="stream">UTF-8 CSV; read to its end and not closed.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The header has no <c>name</c> column, or a row has no name.</exception>
    public static EntityRegistry FromCsv(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return FromEntities(EntityTableReader.ReadCsv(stream));
    }

    /// <summary>Returns the entry with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The entity, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public Entity? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.TryGetValue(id, out var index) ? Entities[index] : null;
    }

    /// <summary>
    /// Returns a new registry with the entries of <paramref name="other"/> ahead of this one's. An entry of
    /// <paramref name="other"/> with an id this registry also has replaces it, keeping the old names,
    /// demonyms and heads as extra aliases so nothing that used to match stops matching.
    /// </summary>
    /// <param name="other">The table that takes precedence, usually a user table.</param>
    /// <returns>The merged registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public EntityRegistry Merge(EntityRegistry other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var merged = ImmutableArray.CreateBuilder<Entity>(other.Count + Count);
        foreach (var entity in other.Entities)
        {
            var old = Find(entity.Id);
            merged.Add(old is null ? entity : Combine(entity, old));
        }

        foreach (var entity in Entities)
        {
            if (other.Find(entity.Id) is null)
            {
                merged.Add(entity);
            }
        }

        return FromEntities(merged);
    }

    /// <summary>Merges several tables in order of increasing precedence: each later table overrides the earlier ones.</summary>
    /// <param name="registries">The tables.</param>
    /// <returns>The merged registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registries"/> is <see langword="null"/>.</exception>
    public static EntityRegistry Merge(params IEnumerable<EntityRegistry> registries)
    {
        ArgumentNullException.ThrowIfNull(registries);
        var result = Empty;
        foreach (var registry in registries)
        {
            if (registry is not null)
            {
                result = result.Merge(registry);
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Count} entities";

    private static Entity Combine(Entity newer, Entity older)
    {
        static IReadOnlyList<string> Union(IEnumerable<string> first, IEnumerable<string> second, string exclude) =>
            first.Concat(second).Where(s => !string.Equals(s, exclude, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToImmutableArray();

        var aliases = Union(newer.Aliases, older.Aliases.Append(older.CanonicalName), newer.CanonicalName);
        return newer with
        {
            Aliases = aliases,
            Demonyms = Union(newer.Demonyms, older.Demonyms, string.Empty),
            Heads = Union(newer.Heads, older.Heads, string.Empty),
            Type = newer.Type == EntityType.Unknown ? older.Type : newer.Type,
        };
    }

    private static EntityRegistry LoadBuiltIn()
    {
        using var stream = Lexicons.EmbeddedLexicon.Open("Entities/gazetteer.lexicon.json");
        return FromEntities(EntityTableReader.ReadJson(stream, "built-in gazetteer"));
    }
}
