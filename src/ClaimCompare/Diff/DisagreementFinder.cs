using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using ClaimCompare.Claims;
using ClaimCompare.Events;
using ClaimCompare.Quantities;

namespace ClaimCompare.Diff;

/// <summary>
/// Finds, within each event, claims about the same quantity that cannot all hold, splits them into
/// sides of mutually compatible claims, tells conflicts from revisions, and ranks them.
/// </summary>
/// <remarks>
/// <para><b>Groups.</b> Number claims are grouped by (event, kind, subject key); the subject key is the
/// head noun's class with the modifiers that change who is counted ("US service members"). A part
/// ("22 fighters", "a US service member") is also compared with the whole ("people") as "at least"
/// its figure, since a part can never exceed the whole; a part is never compared as equal to the
/// whole. Responsibility claims of one event form one group.</para>
/// <para><b>Sides.</b> Claims are taken in order (intervals by upper then lower bound) and each joins the
/// first side it is compatible with; a claim compatible with a claim on another side (a bridge, such as
/// "dozens" between 12 and 40) is then left out, so that every claim on one side conflicts with every
/// claim on every other side. A bridge then gets a disagreement of its own against the claims it cannot
/// agree with ("between 25 and 50" against "no fewer than 58"). Compatible claims are never set against each other.</para>
/// <para><b>Revisions.</b> When every claim comes from one voice or one document, or a claim marks itself
/// as an update or an earlier figure and the sides share a voice, the disagreement is a revision.</para>
/// <para><b>Severity.</b> The largest <see cref="Interval.LogGap"/> between two sides (1 for
/// responsibility), times <c>1 + ½·ln(a·b)</c> where a and b are the independent voices on those two
/// sides, halved for revisions. 0 or more; a factor of e between lone voices scores 1.</para>
/// <para><b>Work.</b> Claims of different events never meet, so events are diffed in parallel (the claims are read from
/// several threads), each worker reusing its buffers from event to event; the ranking does not depend on the scheduling.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class DisagreementFinder : IDisagreementFinder
{
    // Events are handed to workers in runs of this many: most events are a handful of claims.
    private const int EventsPerTask = 256;

    private readonly SubjectNormalizer subjects = SubjectNormalizer.Default;

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> or <paramref name="events"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Disagreement> Find(IReadOnlyList<Claim> claims, IReadOnlyList<EventCluster> events)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(events);

        // Two tables over every claim, built side by side: the first position of each claim's id, and each claim's
        // event (as the number of its id in slotOf, -1 for none) with the number of claims each event has.
        var order = new int[claims.Count];
        var slots = new int[claims.Count];
        var slotOf = new Dictionary<string, int>(events.Count, StringComparer.Ordinal);
        var sizes = new List<int>(events.Count);
        Parallel.Invoke(
            () =>
            {
                var first = new Dictionary<string, int>(claims.Count, StringComparer.Ordinal);
                for (var i = 0; i < claims.Count; i++)
                {
                    ref var at = ref CollectionsMarshal.GetValueRefOrAddDefault(first, claims[i].Id, out var seen);
                    at = seen ? at : i;
                    order[i] = at;
                }
            },
            () =>
            {
                for (var i = 0; i < claims.Count; i++)
                {
                    var eventId = claims[i].EventId;
                    slots[i] = -1;
                    if (eventId.Length > 0)
                    {
                        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(slotOf, eventId, out var known);
                        if (!known)
                        {
                            slot = sizes.Count;
                            sizes.Add(0);
                        }

                        slots[i] = slot;
                        sizes[slot]++;
                    }
                }
            });

        if (slotOf.Count == 0)
        {
            return [];
        }

        // Events in order of their ids, each event's claims a stretch of one array, in claim order: a list per
        // event was 10⁵ objects that lived through the diff.
        var eventIds = slotOf.Keys.ToArray();
        Array.Sort(eventIds, StringComparer.Ordinal);
        var rank = new int[eventIds.Length];
        var start = new int[eventIds.Length + 1];
        for (var e = 0; e < eventIds.Length; e++)
        {
            var slot = slotOf[eventIds[e]];
            rank[slot] = e;
            start[e + 1] = start[e] + sizes[slot];
        }

        var next = start[..^1];
        var byEvent = new int[start[^1]];
        for (var i = 0; i < claims.Count; i++)
        {
            if (slots[i] >= 0)
            {
                byEvent[next[rank[slots[i]]]++] = i;
            }
        }

        var normalised = new ConcurrentDictionary<(string Subject, ClaimKind Kind), (string Key, bool IsWhole, bool Singular)>();
        var runs = new List<Disagreement>[(eventIds.Length + EventsPerTask - 1) / EventsPerTask];
        Parallel.ForEach(
            Partitioner.Create(0, eventIds.Length, EventsPerTask),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new EventDiffWorker(claims, order, subjects, normalised),
            (range, _, diff) =>
            {
                var found = new List<Disagreement>();
                for (var e = range.Item1; e < range.Item2; e++)
                {
                    diff.Diff(eventIds[e], byEvent.AsSpan(start[e], start[e + 1] - start[e]), found);
                }

                runs[range.Item1 / EventsPerTask] = found;
                return diff;
            },
            static _ => { });

        var all = new List<Disagreement>(runs.Sum(r => r.Count));
        foreach (var run in runs)
        {
            all.AddRange(run);
        }

        all.Sort(static (a, b) =>
        {
            var c = b.Severity.CompareTo(a.Severity);
            if (c != 0)
            {
                return c;
            }

            c = string.CompareOrdinal(a.EventId, b.EventId);
            if (c != 0)
            {
                return c;
            }

            c = ((int)a.Kind).CompareTo((int)b.Kind);
            c = c != 0 ? c : string.CompareOrdinal(a.Subject, b.Subject);
            return c != 0 ? c : string.CompareOrdinal(a.Sides[0].ClaimIds[0], b.Sides[0].ClaimIds[0]);
        });

        var ranked = new Disagreement[all.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            ranked[i] = all[i] with { Id = "d" + (i + 1).ToString(CultureInfo.InvariantCulture) };
        }

        return ranked;
    }
}
