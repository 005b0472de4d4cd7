using System.Text.Json;
using ClaimCompare.Claims;
using ClaimCompare.Diff;
using static ClaimCompare.Reporting.ReportReader;

namespace ClaimCompare.Reporting;

/// <summary>
/// Reads the disagreements of a JSON report: first the sides each one writes, then the sides it refers to in another
/// (<c>sharedWith</c>), which become that side's very instance, as the diff shared it. Bridges are not read: the
/// writer derives them from the shared sides again. Version 3 adds each disagreement's exact severity and reason, and
/// a side's exact interval when its <c>low</c> and <c>high</c> do not carry it.
/// </summary>
/// <remarks>Stateless; thread-safe.</remarks>
internal static class DisagreementReading
{
    public static IReadOnlyList<Disagreement> ReadAll(JsonElement array, Place at, bool full)
    {
        Expect(array, JsonValueKind.Array, at);
        var count = array.GetArrayLength();
        var details = new JsonElement[count][];
        var written = new List<Side>[count];
        var ids = new Dictionary<string, int>(count, StringComparer.Ordinal);

        // First pass: the sides each disagreement writes, in the order their "side" numbers them.
        var i = 0;
        foreach (var d in array.EnumerateArray())
        {
            var dAt = at.Then(i);
            Expect(d, JsonValueKind.Object, dAt);
            if (!ids.TryAdd(RequiredString(d, "id", dAt), i))
            {
                throw dAt.Then("id").Error("two disagreements share this id");
            }

            var claimIds = Property(d, "sides", dAt);
            details[i] = [.. Expect(Property(d, "sideDetails", dAt), JsonValueKind.Array, dAt.Then("sideDetails")).EnumerateArray()];
            written[i] = WrittenSides(claimIds, details[i], dAt);
            i++;
        }

        // Second pass: every side in order, a shared one taken from its holder.
        var result = new Disagreement[count];
        i = 0;
        foreach (var d in array.EnumerateArray())
        {
            var dAt = at.Then(i);
            var sides = new List<Side>(details[i].Length);
            for (var s = 0; s < details[i].Length; s++)
            {
                var sideAt = dAt.Then("sideDetails", s);
                sides.Add(details[i][s].TryGetProperty("sharedWith", out var shared)
                    ? SharedSide(shared, written, ids, sideAt.Then("sharedWith"))
                    : written[i][Int(details[i][s], "side", sideAt)]);
            }

            result[i] = new Disagreement(
                RequiredString(d, "id", dAt),
                Enum<DisagreementType>(d, "type", dAt),
                Enum<ClaimKind>(d, "kind", dAt),
                RequiredString(d, "event", dAt),
                RequiredString(d, "subject", dAt),
                sides,
                full ? JsonExactNumbers.ReadRequired(d, "exactSeverity", dAt) : Expect(Property(d, "severity", dAt), JsonValueKind.Number, dAt.Then("severity")).GetDouble(),
                RequiredString(d, "explanation", dAt))
            {
                Reason = full ? ReadReason(d, dAt) : null,
            };
            i++;
        }

        return result;
    }

    private static List<Side> WrittenSides(JsonElement claimIds, JsonElement[] details, Place at)
    {
        var lists = new List<IReadOnlyList<string>>();
        var k = 0;
        foreach (var ids in Expect(claimIds, JsonValueKind.Array, at.Then("sides")).EnumerateArray())
        {
            var idsAt = at.Then("sides", k++);
            lists.Add([.. Expect(ids, JsonValueKind.Array, idsAt).EnumerateArray().Select((c, n) => Expect(c, JsonValueKind.String, idsAt.Then(n)).GetString()!)]);
        }

        var sides = new Side?[lists.Count];
        for (var s = 0; s < details.Length; s++)
        {
            var sideAt = at.Then("sideDetails", s);
            var detail = Expect(details[s], JsonValueKind.Object, sideAt);
            if (detail.TryGetProperty("sharedWith", out _))
            {
                continue;
            }

            var index = Int(detail, "side", sideAt);
            if (index < 0 || index >= sides.Length || sides[index] is not null)
            {
                throw sideAt.Then("side").Error($"side {index} is not one of the {sides.Length} sides written, or is written twice");
            }

            var interval = detail.TryGetProperty("interval", out var exact) ? JsonExactNumbers.ReadInterval(exact, sideAt.Then("interval")) : ReadInterval(detail, sideAt);
            sides[index] = new Side(lists[index], interval, RequiredString(detail, "label", sideAt), Items(detail, "voices", sideAt, ReadVoice));
        }

        var missing = Array.IndexOf(sides, null);
        return missing < 0 ? [.. sides.Select(s => s!)] : throw at.Then("sides", missing).Error("no sideDetails entry describes this side");
    }

    private static Side SharedSide(JsonElement shared, List<Side>[] written, Dictionary<string, int> ids, Place at)
    {
        Expect(shared, JsonValueKind.Object, at);
        var holder = RequiredString(shared, "disagreement", at);
        var side = Int(shared, "side", at);
        return ids.TryGetValue(holder, out var h) && side >= 0 && side < written[h].Count
            ? written[h][side]
            : throw at.Error($"disagreement '{holder}' writes no side {side}");
    }

    private static DisagreementReason? ReadReason(JsonElement d, Place at)
    {
        var reason = Property(d, "reason", at);
        if (reason.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        at = at.Then("reason");
        Expect(reason, JsonValueKind.Object, at);
        var order = Expect(Property(reason, "timeOrder", at), JsonValueKind.Array, at.Then("timeOrder"));
        var timeOrder = new List<int>(order.GetArrayLength());
        var k = 0;
        foreach (var side in order.EnumerateArray())
        {
            var sideAt = at.Then("timeOrder", k++);
            timeOrder.Add(Expect(side, JsonValueKind.Number, sideAt).TryGetInt32(out var value) ? value : throw sideAt.Error("expected a whole number"));
        }

        return new DisagreementReason(JsonExactNumbers.ReadRequired(reason, "logGap", at), timeOrder)
        {
            UnlistedSides = Int(reason, "unlistedSides", at),
        };
    }

    private static Voice ReadVoice(JsonElement e, Place at) => new(RequiredString(e, "source", at), Strings(e, "documents", at));
}
