using System.Text.Json;
using ClaimCompare.Claims;
using ClaimCompare.Events;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Reporting;

/// <content>
/// The fields that schemaVersion 3 added so that the report reads back whole: a claim's sentence, speaker span and
/// hedging, exact interval and number parse; an event's basis; an unclassified mention's parse.
/// </content>
public static partial class ReportReader
{
    private static Claim ReadFullClaim(JsonElement e, Place at)
    {
        var kind = Enum<ClaimKind>(e, "kind", at);
        var evidence = new TextSpan(Int(e, "start", at), Int(e, "end", at));

        // low and high carry the interval unless an exact one is written beside them.
        var interval = e.TryGetProperty("interval", out var exact)
            ? JsonExactNumbers.ReadInterval(exact, at.Then("interval"))
            : ReadInterval(e, at);
        var sourceSpan = Property(e, "sourceSpan", at);
        var quantity = Property(e, "quantity", at);
        var polarity = String(e, "polarity", at) is null ? (Polarity?)null : Enum<Polarity>(e, "polarity", at);
        return new Claim(
            RequiredString(e, "document", at),
            kind,
            evidence,
            RequiredString(e, "evidence", at),
            ReadSpan(Property(e, "sentence", at), at.Then("sentence")),
            interval,
            quantity.ValueKind == JsonValueKind.Null ? null : ReadQuantity(quantity, at.Then("quantity")),
            String(e, "subject", at),
            String(e, "actor", at),
            polarity,
            new Attribution(
                String(e, "source", at),
                sourceSpan.ValueKind == JsonValueKind.Null ? null : ReadSpan(sourceSpan, at.Then("sourceSpan")),
                Bool(e, "sourceHedged", at)),
            String(e, "outlet", at),
            Enum<ClaimTiming>(e, "timing", at))
        {
            Id = RequiredString(e, "id", at),
            EventId = RequiredString(e, "event", at),
        };
    }

    private static Quantity ReadQuantity(JsonElement e, Place at)
    {
        Expect(e, JsonValueKind.Object, at);
        return ReadParse(Property(e, "parse", at), at.Then("parse"), ReadSpan(e, at), RequiredString(e, "text", at));
    }

    /// <summary>A quantity from its span and text and what the recogniser read of it (<c>parse</c>).</summary>
    private static Quantity ReadParse(JsonElement e, Place at, TextSpan span, string text)
    {
        Expect(e, JsonValueKind.Object, at);
        return new Quantity(
            span,
            text,
            JsonExactNumbers.Read(e, "value", at),
            new Interval(JsonExactNumbers.Read(e, "low", at), JsonExactNumbers.Read(e, "high", at)),
            Enum<Hedge>(e, "hedge", at),
            Enum<Vagueness>(e, "vagueness", at),
            Enum<NonCountReason>(e, "nonCount", at),
            Enum<CountedThing>(e, "counted", at));
    }

    /// <summary>An event's basis, as the linker found it; null is the empty basis of a cluster made otherwise.</summary>
    private static EventReason ReadBasis(JsonElement e, Place at)
    {
        var basis = Property(e, "basis", at);
        if (basis.ValueKind == JsonValueKind.Null)
        {
            return default;
        }

        at = at.Then("basis");
        Expect(basis, JsonValueKind.Object, at);
        return new EventReason(
            Enum<EventReasonKind>(basis, "kind", at),
            Int(basis, "documents", at),
            String(basis, "marker", at),
            Bool(basis, "includesBackground", at),
            String(basis, "trigger", at),
            String(basis, "place", at),
            String(basis, "date", at),
            Int(basis, "reportedOverDays", at));
    }

    private static TextSpan ReadSpan(JsonElement e, Place at)
    {
        Expect(e, JsonValueKind.Object, at);
        return new TextSpan(Int(e, "start", at), Int(e, "end", at));
    }

    internal static bool Bool(JsonElement e, string name, Place at) =>
        Property(e, name, at).ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            var kind => throw at.Then(name).Error($"expected true or false, found {kind.ToString().ToLowerInvariant()}"),
        };
}
