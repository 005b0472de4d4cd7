using ClaimCompare.Claims;
using ClaimCompare.Entities;
using ClaimCompare.Text;

namespace ClaimCompare.Events.Reading;

/// <summary>
/// Reads the places and actors a span names, from the resolver's mentions (sorted by start) or, without them, from
/// capitalised names after "in", "near", "at"; and the place right after a trigger that the lead never names.
/// </summary>
/// <remarks>
/// Stateless; thread-safe. Loops, not LINQ, in the helpers the claim loop calls: a lambda over a loop variable costs a
/// closure on every claim, whether or not the test runs.
/// </remarks>
internal static class MentionCues
{
    // How far past a trigger a place may start ("attack on the northern city of Erbil") and still be the attack's place.
    private const int PlaceWindow = 40;
    private const int PlaceReach = 30;

    /// <summary>The places of a span, as the resolver names them; else the capitalised names the scanner finds, as written.</summary>
    public static List<string> Places(AnalyzedText text, TextSpan span, EntityMention[] mentions)
    {
        var places = new List<string>();
        foreach (var mention in Within(mentions, span))
        {
            if (mention.Entity.Type == EntityType.Place && span.Contains(mention.Span) && !places.Contains(mention.Entity.CanonicalName))
            {
                places.Add(mention.Entity.CanonicalName);
            }
        }

        if (places.Count == 0)
        {
            // A name is made a string only the first time it is read.
            foreach (var place in CueScanner.Places(text, span))
            {
                if (!Holds(places, text.Text.AsSpan(place.Start, place.Length)))
                {
                    places.Add(place.Slice(text.Text));
                }
            }
        }

        return places;
    }

    /// <summary>The places of a claim's part of its sentence: the whole sentence's (read once, then kept), or the side of a series marker the claim is on.</summary>
    public static List<string> ClaimPlaces(AnalyzedText text, TextSpan sentence, int split, bool member, EntityMention[] mentions, ref List<string>? sentencePlaces) =>
        split < 0
            ? sentencePlaces ??= Places(text, sentence, mentions)
            : Places(text, member ? new TextSpan(split, sentence.End) : new TextSpan(sentence.Start, split), mentions);

    /// <summary>The actors of a span: the claim's own actor first, then the armed groups, governments and agencies named in it.</summary>
    public static List<string> Actors(TextSpan span, EntityMention[] mentions, Claim? claim)
    {
        var actors = new List<string>();
        if (claim?.Actor is { } actor)
        {
            actors.Add(actor);
        }

        foreach (var mention in Within(mentions, span))
        {
            if (mention.Entity.Type is EntityType.ArmedGroup or EntityType.Government or EntityType.Agency
                && span.Contains(mention.Span) && !actors.Contains(mention.Entity.CanonicalName))
            {
                actors.Add(mention.Entity.CanonicalName);
            }
        }

        return actors;
    }

    /// <summary>Whether the sentence names, as an armed group, the actor a claim holds responsible.</summary>
    public static bool NamesArmedGroup(EntityMention[] mentions, TextSpan sentence, string actor)
    {
        foreach (var mention in Within(mentions, sentence))
        {
            if (mention.Entity.Type == EntityType.ArmedGroup && string.Equals(mention.Entity.CanonicalName, actor, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The places that are not the same place as any of <paramref name="others"/>, in order.</summary>
    public static List<string> NotIn(List<string> places, IReadOnlyList<string> others)
    {
        var specific = new List<string>();
        foreach (var place in places)
        {
            if (!SamePlaceAsAny(place, others))
            {
                specific.Add(place);
            }
        }

        return specific;
    }

    /// <summary>The place right after a trigger when the lead never names it, remembering the last answer.</summary>
    /// <remarks>
    /// A country that holds one of the lead's places frames the report's own event ("the worst train crash in India" in a
    /// report on Balasore); a town or a region inside a place the lead names is not named by it ("the attack on Erbil"
    /// in a report that names only Iraq, "attacks in Khyber Pakhtunkhwa" in a report on Peshawar).
    /// </remarks>
    public static string? PlaceBeyondLead(AnalyzedText text, TextSpan sentence, (int Start, TriggerEntry Entry) trigger, TextSpan lead, IReadOnlyList<string> leadPlaces, Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> inLead, ref (TextSpan Sentence, int Trigger, string? Place) last)
    {
        if (last.Sentence != sentence || last.Trigger != trigger.Start)
        {
            string? beyond = null;
            if (PlaceAfter(text, sentence, trigger) is { } place)
            {
                var name = text.Text.AsSpan(place.Start, place.Length);
                if (!inLead.TryGetValue(name, out var named))
                {
                    named = text.Text.AsSpan(lead.Start, lead.Length).IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0 || InAreaOf(name.ToString(), leadPlaces);
                    inLead[name] = named;
                }

                beyond = named ? null : place.Slice(text.Text);
            }

            last = (sentence, trigger.Start, beyond);
        }

        return last.Place;
    }

    /// <summary>Whether a place is a country that holds one of <paramref name="others"/>.</summary>
    private static bool InAreaOf(string place, IReadOnlyList<string> others)
    {
        var area = Linking.PlaceAreas.Of(place);
        foreach (var other in others)
        {
            if (Linking.PlaceAreas.CountryHolds(area, Linking.PlaceAreas.Of(other)))
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan? PlaceAfter(AnalyzedText text, TextSpan sentence, (int Start, TriggerEntry Entry) trigger)
    {
        var after = trigger.Start + trigger.Entry.Phrase.Length;
        var window = new TextSpan(after, Math.Min(sentence.End, after + PlaceWindow));
        if (window.IsEmpty)
        {
            return null;
        }

        // Only a place that follows the trigger at once: "attack on Erbil", "rocket attack near the city of Irbil".
        var words = text.Words(window);
        if (words.Length == 0 || words[0].Start - after > 1 || text.Word(words[0]) is not ("on" or "in" or "near" or "at"))
        {
            return null;
        }

        foreach (var place in CueScanner.Places(text, new TextSpan(words[0].Start, window.End), allowOn: true))
        {
            return place.Start - words[0].Start < PlaceReach ? place : null;
        }

        return null;
    }

    private static bool SamePlaceAsAny(string place, IReadOnlyList<string> others)
    {
        foreach (var other in others)
        {
            if (CueScanner.SamePlace(other, place))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(List<string> names, ReadOnlySpan<char> name)
    {
        foreach (var held in names)
        {
            if (name.SequenceEqual(held))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mentions that start inside a span, from mentions sorted by start.</summary>
    private static ArraySegment<EntityMention> Within(EntityMention[] mentions, TextSpan span)
    {
        var (lo, end) = AnalyzedText.StartingIn<EntityMention>(mentions, static m => m.Span.Start, span);
        return new ArraySegment<EntityMention>(mentions, lo, end - lo);
    }
}
