using System.Collections.Immutable;
using ClaimCompare.Text;

namespace ClaimCompare.Entities;

/// <summary>
/// The entities one document names or describes, found by <see cref="EntityResolver.ScanDocument"/>: every
/// gazetteer name and demonym (a token-trie walk, linear in the text), and every description
/// ("the observatory", "a war monitor", "the group") that refers back to one of them.
/// </summary>
/// <remarks>
/// <para>Instances are immutable and thread-safe.</para>
/// <para>A description is a determiner, up to four modifiers (lower case, or capitalised words the gazetteer
/// knows: "the UK-based observatory", "the pro-Iranian organization") and a head noun. It resolves to an entity
/// the document names whose own heads end the description (the Syrian Observatory for Human Rights for "war
/// monitor" or "monitoring organisation"), preferring the nearest mention before it and else the nearest after;
/// failing that, to the nearest entity before it of a type the head fits ("the ministry" → an agency). An
/// indefinite description ("a group") only takes the first route. Entities a modifier names are skipped ("the
/// pro-Iranian organization" is not Iran). The search looks at most <see cref="SearchWindow"/> mentions either way.</para>
/// </remarks>
public sealed class ResolvedDocumentEntities : DocumentEntities, IPhraseReadingEntities
{
    /// <summary>How many named mentions a description's search looks at on each side.</summary>
    public const int SearchWindow = 400;

    private readonly EntityResolver resolver;
    private readonly EntityIndex index;
    private readonly ImmutableArray<EntityMention> mentions;

    // Named, non-adjective mentions in text order, with the registry index of their entity.
    private readonly ImmutableArray<(EntityMention Mention, int Entity)> named;

    // The distinct entities of `named` as slots: a description's fit is computed once per entity, not once
    // per mention in its search window, so a long document costs no more per description than a short one.
    private readonly int[] namedSlot;
    private readonly int[] slotEntity;

    internal ResolvedDocumentEntities(EntityResolver resolver, string text)
    {
        this.resolver = resolver;
        index = resolver.Index;
        var all = new List<EntityMention>();
        var namedList = new List<(EntityMention, int)>();
        var descriptions = new List<(int Start, int HeadStart, int End, bool Indefinite)>();
        Scan(text, all, namedList, descriptions);
        named = [.. namedList];
        (namedSlot, slotEntity) = Slots(namedList);
        // Names and adjectives are the first mentions of `all`; descriptions are added after them, so no copy is needed.
        var namesAndAdjectivesCount = all.Count;

        // Articles repeat their descriptions ("the group", "the ministry"): each wording is read once.
        var read = new Dictionary<string, Description?>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, headStart, end, indefinite) in descriptions)
        {
            if (OverlapsNamed(all, namesAndAdjectivesCount, headStart, end))
            {
                continue;
            }

            var wording = text.AsSpan(start, end - start);
            if (!read.TryGetValue(wording, out var description) || (description is not null && description.Indefinite != indefinite))
            {
                var keys = EntityNormalizer.NormalizedTokens(wording.ToString());
                StripDeterminers(keys);
                description = Describe(keys, indefinite);
                read[wording] = description;
            }

            if (Corefer(description, start, out var specific) is { } entity)
            {
                all.Add(new EntityMention(new TextSpan(start, end), text[start..end], entity, specific ? 0.8 : 0.6, IsDescription: true));
            }
        }

        all.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        mentions = [.. all];
    }

    /// <inheritdoc/>
    public override IReadOnlyList<EntityMention> Mentions => mentions;

    /// <summary>Gets the distinct entities the document names (descriptions and adjectives excluded), in order of first mention.</summary>
    public IReadOnlyList<Entity> NamedEntities => named.Select(n => n.Mention.Entity).Distinct().ToList();

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is <see langword="null"/>.</exception>
    public override Entity? Resolve(string phrase, int position)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return ResolveAt(Read(phrase), position);
    }

    /// <summary>Reads what a phrase names apart from where it stands: a known or new entity, or a description to resolve by position.</summary>
    /// <param name="phrase">The phrase as written.</param>
    /// <returns>The reading; immutable, so a caller may keep it for every later occurrence of the phrase.</returns>
    internal PhraseReading Read(string phrase)
    {
        var known = resolver.ResolveKnown(phrase, EntityType.Unknown, exhaustive: false, allowContained: false);
        if (known.Entity is not null)
        {
            return new PhraseReading(known.Entity, null);
        }

        if (IsDescription(phrase, out var keys, out var indefinite))
        {
            return new PhraseReading(null, Describe(keys, indefinite)) { IsDescription = true };
        }

        return new PhraseReading(resolver.ResolveUnmatched(phrase), null);
    }

    /// <summary>Resolves a phrase read by <see cref="Read"/> at a position in the text.</summary>
    /// <param name="reading">The phrase's reading.</param>
    /// <param name="position">Where the phrase stands.</param>
    /// <returns>The entity, or <see langword="null"/> for a description with no referent.</returns>
    internal Entity? ResolveAt(PhraseReading reading, int position) =>
        reading.IsDescription ? Corefer(reading.Description, position, out _) : reading.Entity;

    /// <inheritdoc/>
    PhraseReading IPhraseReadingEntities.Read(string phrase) => Read(phrase);

    /// <inheritdoc/>
    Entity? IPhraseReadingEntities.ResolveAt(PhraseReading reading, int position) => ResolveAt(reading, position);

    /// <inheritdoc/>
    public override string ToString() => $"{mentions.Length} mentions of {named.Select(n => n.Entity).Distinct().Count()} named entities";

    private static bool OverlapsNamed(List<EntityMention> namedMentions, int count, int start, int end)
    {
        // The first count mentions are in text order and non-overlapping: binary search for the last one starting before end.
        int lo = 0, hi = count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (namedMentions[mid].Span.Start < end)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && namedMentions[found].Span.End > start;
    }

    private void StripDeterminers(List<string> keys)
    {
        while (keys.Count > 1 && index.Lexicon.Determiners.Contains(keys[0]))
        {
            keys.RemoveAt(0);
        }
    }

    private bool IsDescription(string phrase, out List<string> keys, out bool indefinite)
    {
        var tokens = NameTokenizer.Tokenize(phrase);
        keys = [];
        indefinite = false;
        var i = 0;
        while (i < tokens.Count && index.Lexicon.Determiners.Contains(tokens[i].Key))
        {
            indefinite |= tokens[i].Key is "a" or "an" or "another" or "one" or "some";
            i++;
        }

        if (i >= tokens.Count || !index.HeadWords.Contains(tokens[^1].Key))
        {
            return false;
        }

        for (var k = i; k < tokens.Count - 1; k++)
        {
            if (tokens[k].IsCapitalised && !index.Root.ContainsKey(tokens[k].Key))
            {
                return false;
            }
        }

        keys = EntityNormalizer.NormalizedTokens(phrase[tokens[i].Start..]);
        StripDeterminers(keys);
        return keys.Count > 0;
    }

    private static (int[] Slots, int[] Entities) Slots(List<(EntityMention Mention, int Entity)> mentions)
    {
        var slots = new int[mentions.Count];
        var entities = new List<int>();
        var slotOf = new Dictionary<int, int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!slotOf.TryGetValue(mentions[i].Entity, out var slot))
            {
                slot = entities.Count;
                slotOf[mentions[i].Entity] = slot;
                entities.Add(mentions[i].Entity);
            }

            slots[i] = slot;
        }

        return (slots, [.. entities]);
    }

    private Description? Describe(List<string> keys, bool indefinite)
    {
        if (keys.Count == 0 || named.Length == 0)
        {
            return null;
        }

        // "the Syrian authorities", "the Iraqi government": a demonym or name modifier whose entity the head fits is the referent.
        for (var k = 0; k < keys.Count - 1; k++)
        {
            if (k > 0 && keys[k - 1] is "pro" or "anti" or "non")
            {
                continue;
            }

            foreach (var id in index.ByKey(keys[k]))
            {
                var candidate = index.Aliases[id].Entity;
                if (HeadTier(keys, candidate, index.Registry.Entities[candidate].Type) > 0)
                {
                    return new Description(index.Registry.Entities[candidate], [], 0, indefinite);
                }
            }
        }

        var tiers = new int[slotEntity.Length];
        var best = 0;
        for (var slot = 0; slot < tiers.Length; slot++)
        {
            var entity = slotEntity[slot];
            tiers[slot] = Tier(keys, entity, index.Registry.Entities[entity].Type);
            best = Math.Max(best, tiers[slot]);
        }

        return new Description(null, tiers, best, indefinite);
    }

    private Entity? Corefer(Description? description, int position, out bool specific)
    {
        specific = description?.Specific is not null;
        if (description is null || description.Specific is not null)
        {
            return description?.Specific;
        }

        if (description.BestTier == 0)
        {
            return null; // no entity the document names fits it
        }

        // The first named mention starting at or after the position.
        int lo = 0, hi = named.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (named[mid].Mention.Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var (backEntity, backTier) = Search(description, lo - 1, -1, description.Indefinite);
        if (backTier >= 3)
        {
            specific = true;
            return backEntity;
        }

        var (forwardEntity, forwardTier) = Search(description, lo, 1, indefinite: true);
        if (forwardTier >= 3)
        {
            specific = true;
            return forwardEntity;
        }

        return backTier >= 1 && !description.Indefinite ? backEntity : null;
    }

    private (Entity? Entity, int Tier) Search(Description description, int from, int step, bool indefinite)
    {
        Entity? best = null;
        var bestTier = 0;
        for (int i = from, seen = 0; i >= 0 && i < named.Length && seen < SearchWindow; i += step, seen++)
        {
            var tier = description.Tiers[namedSlot[i]];
            if (indefinite && tier < 3)
            {
                continue;
            }

            if (tier > bestTier)
            {
                best = named[i].Mention.Entity;
                bestTier = tier;
                if (tier == description.BestTier)
                {
                    break; // only a better tier could replace it, and there is none
                }
            }
        }

        return (best, bestTier);
    }

    private int Tier(List<string> keys, int entity, EntityType type)
    {
        // Entities the description's modifiers name are not what it describes.
        for (var k = 0; k < keys.Count - 1; k++)
        {
            foreach (var id in index.ByKey(keys[k]))
            {
                if (index.Aliases[id].Entity == entity)
                {
                    return 0;
                }
            }
        }

        return HeadTier(keys, entity, type);
    }

    private int HeadTier(List<string> keys, int entity, EntityType type)
    {
        var best = 0;
        foreach (var head in index.EntityHeads[entity])
        {
            if (head.Length <= keys.Count && head.Length + 2 > best && EndsWith(keys, head))
            {
                best = head.Length + 2;
            }
        }

        if (best > 0)
        {
            return best;
        }

        for (var n = Math.Min(2, keys.Count); n >= 1; n--)
        {
            var tail = n == 1 ? keys[^1] : keys[^2] + " " + keys[^1];
            if (index.Lexicon.TypeHeads.TryGetValue(tail, out var types) && Array.IndexOf(types, type) >= 0)
            {
                return 1;
            }
        }

        return 0;
    }

    private static bool EndsWith(List<string> keys, string[] head)
    {
        for (var i = 1; i <= head.Length; i++)
        {
            if (!string.Equals(keys[^i], head[^i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private void Scan(string text, List<EntityMention> all, List<(EntityMention, int)> namedList, List<(int, int, int, bool)> descriptions)
    {
        using var window = new TokenWindow(text, index.ScanWords);
        Span<int> matched = stackalloc int[24];
        var consumedUntil = 0;
        for (var i = 0; window.Has(i); i++)
        {
            var token = window[i];
            if (token.Word is { IsDeterminer: true })
            {
                TryDescription(window, i, descriptions);
            }

            if (i < consumedUntil || token.Word?.Root is not { } node)
            {
                continue;
            }

            var count = 0;
            matched[count++] = i;
            var bestAlias = -1;
            var bestEnd = -1;
            var j = i;
            while (true)
            {
                if (node.Value is not null)
                {
                    foreach (var id in node.Value)
                    {
                        if (CaseHolds(index.Aliases[id], window, matched[..count]))
                        {
                            bestAlias = id;
                            bestEnd = j;
                            break;
                        }
                    }
                }

                if (count == matched.Length || node.Next is null)
                {
                    break;
                }

                var k = j + 1;
                var skipped = 0;
                while (skipped < 3 && window.Has(k) && !window[k].BreakBefore && IsArticle(window[k]))
                {
                    k++;
                    skipped++;
                }

                if (!window.Has(k) || window[k].BreakBefore || window[k].Key is not { } nextKey || !node.Next.TryGetValue(nextKey, out var child))
                {
                    break;
                }

                node = child;
                j = k;
                matched[count++] = k;
            }

            if (bestAlias < 0)
            {
                continue;
            }

            var start = token.Start;
            if (i > 0 && !token.BreakBefore && window[i - 1] is { Key: { } previous } before && (previous is "al" or "el" || (before.HyphenAfter && before.Word is { IsHyphenArticle: true })))
            {
                start = before.Start;
            }

            var end = window[bestEnd].End;
            var alias = index.Aliases[bestAlias];
            var entity = index.Registry.Entities[alias.Entity];
            var mention = new EntityMention(new TextSpan(start, end), text[start..end], entity, 1.0) { IsAdjective = alias.Kind == AliasKind.Demonym };
            all.Add(mention);
            if (alias.Kind == AliasKind.Name)
            {
                namedList.Add((mention, alias.Entity));
            }

            consumedUntil = bestEnd + 1;
        }
    }

    private static bool IsArticle(ScanToken token) =>
        token.Word is { IsFreeArticle: true } || (token.HyphenAfter && token.Word is { IsHyphenArticle: true });

    private static bool CaseHolds(AliasRecord alias, TokenWindow window, ReadOnlySpan<int> matched)
    {
        var mask = alias.UpperMask;
        for (var k = 0; mask != 0 && k < matched.Length; k++, mask >>= 1)
        {
            if ((mask & 1) != 0 && !window[matched[k]].IsAcronymCased)
            {
                return false;
            }
        }

        // A one-word name must be capitalised in running text: "Amnesty" the group, not "amnesty" the pardon.
        return matched.Length > 1 || window[matched[0]].IsCapitalised || window[matched[0]].StartsWithDigit;
    }

    private static void TryDescription(TokenWindow window, int determiner, List<(int, int, int, bool)> descriptions)
    {
        var k = determiner + 1;
        for (var n = 0; n < 5 && window.Has(k); n++, k++)
        {
            var token = window[k];
            if (token.BreakBefore || token.Word is { IsDeterminer: true })
            {
                return;
            }

            if (token.Word is { IsModifierStop: true })
            {
                return;
            }

            if (token.Word is { IsHeadWord: true })
            {
                var end = k;
                while (window.Has(end + 1) && !window[end + 1].BreakBefore && window[end + 1].Word is { IsHeadWord: true } && end - determiner < 6)
                {
                    end++;
                }

                // "the military nature", "the state media": an adjectival head followed by another lower-case word was a modifier.
                if (window[end].Word is { IsAdjectivalHead: true } && window.Has(end + 1) && !window[end + 1].BreakBefore && !window[end + 1].IsCapitalised
                    && window[end + 1].Word is not { IsFollowingVerb: true })
                {
                    return;
                }

                var first = window[determiner];
                descriptions.Add((first.Start, token.Start, window[end].End, first.Key is "a" or "an" or "another" or "one" or "some"));
                return;
            }

            if ((token.IsCapitalised && token.Word?.Root is null) || token.StartsWithDigit)
            {
                return;
            }
        }
    }
    /// <summary>A description's fit with the document's entities, independent of where it stands.</summary>
    /// <param name="Specific">The entity a modifier names and the head fits ("the Iraqi government"), which wins wherever the description stands.</param>
    /// <param name="Tiers">How well the description fits each entity slot (0 not at all).</param>
    /// <param name="BestTier">The highest of <paramref name="Tiers"/>.</param>
    /// <param name="Indefinite">Whether the description is indefinite ("a group").</param>
    internal sealed record Description(Entity? Specific, int[] Tiers, int BestTier, bool Indefinite);
}
