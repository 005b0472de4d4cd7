using System.Globalization;
using System.Text;
using ClaimCompare.Claims;

namespace ClaimCompare.Diff;

/// <summary>
/// Renders a disagreement's one-sentence explanation from its sides and its <see cref="DisagreementReason"/>:
/// "People killed: 22 (SOHR) vs up to 5 (Pentagon): the figures differ by a factor of about 4.4.",
/// "Reuters revised people killed: 12 → 20.", "Responsibility: IS claimed it (Amaq) vs Russia denied (TASS).".
/// </summary>
/// <remarks>
/// Stateless and thread-safe. The prose lives beside <see cref="DisagreementReason"/>, the record it renders, and not in
/// Reporting: a stage never depends on Reporting (docs/DESIGN.md), and the public <see cref="DisagreementFinder"/> and
/// <see cref="IncrementalComparison"/> return finished disagreements whoever calls them. Reporting reuses
/// <see cref="Voices"/> for its side listings.
/// </remarks>
internal static class DisagreementText
{
    /// <summary>How many voices a sentence names before "and N more": a side carried by thousands of sources stays one line.</summary>
    public const int MaxVoicesNamed = 4;

    /// <summary>Renders the explanation of <see cref="Disagreement.Explanation"/>.</summary>
    /// <param name="type">Conflict or revision.</param>
    /// <param name="kind">What the claims are about.</param>
    /// <param name="subject">Who or what is counted.</param>
    /// <param name="sides">The sides, in the disagreement's order.</param>
    /// <param name="reason">The gap between the figures and, for a revision, their order in time.</param>
    /// <returns>One sentence.</returns>
    public static string Explain(DisagreementType type, ClaimKind kind, string subject, IReadOnlyList<Side> sides, DisagreementReason reason)
    {
        var text = new StringBuilder();
        if (kind == ClaimKind.Responsibility)
        {
            text.Append("Responsibility: ");
            AppendSides(text, sides);
            text.Append('.');
        }
        else if (type == DisagreementType.Revision)
        {
            AppendVoices(text, sides, capitalise: true);
            text.Append(" revised ").Append(subject).Append(' ').Append(Lower(kind)).Append(": ");
            for (var k = 0; k < reason.TimeOrder.Count; k++)
            {
                text.Append(k == 0 ? string.Empty : " → ").Append(sides[reason.TimeOrder[k]].Label);
            }

            Unlisted(text, reason, " (and ", ")");
            text.Append('.');
        }
        else
        {
            text.Append(subject);
            Capitalise(text, 0);
            text.Append(' ').Append(Lower(kind)).Append(": ");
            AppendSides(text, sides);
            Unlisted(text, reason, " vs ", string.Empty);
            text.Append(": the figures differ by a factor of about ").Append(Factor(Math.Exp(reason.LogGap))).Append('.');
        }

        return text.ToString();
    }

    private static string Lower(ClaimKind kind) => kind.ToString().ToLowerInvariant();

    private static string Factor(double factor) =>
        double.IsInfinity(factor) || factor > 1e6 ? "a million or more" : factor < 10 ? factor.ToString("0.#", CultureInfo.InvariantCulture) : Math.Round(factor).ToString("0", CultureInfo.InvariantCulture);

    /// <summary>Names at most <see cref="MaxVoicesNamed"/> voices, then says how many more there are.</summary>
    /// <param name="voices">The voices, in the order to name them.</param>
    /// <returns>"A; B, carried by 2 outlets; C; D; and 3 more".</returns>
    public static string Voices(IReadOnlyList<Voice> voices)
    {
        var text = new StringBuilder();
        AppendVoices(text, voices);
        return text.ToString();
    }

    private static void AppendVoices(StringBuilder text, IReadOnlyList<Voice> voices)
    {
        // A side's voices are distinct sources with distinct documents, already in the order they are named.
        for (var v = 0; v < voices.Count && v < MaxVoicesNamed; v++)
        {
            text.Append(v == 0 ? string.Empty : "; ").Append(voices[v].Source);
            if (voices[v].Documents.Count > 1)
            {
                text.Append(", carried by ").Append(voices[v].Documents.Count.ToString(CultureInfo.InvariantCulture)).Append(" outlets");
            }
        }

        More(text, voices.Count);
    }

    /// <summary>Says how many sides the disagreement does not list ("vs 12 more figures"), when it leaves any out.</summary>
    private static void Unlisted(StringBuilder text, DisagreementReason reason, string before, string after)
    {
        if (reason.UnlistedSides > 0)
        {
            text.Append(before).Append(reason.UnlistedSides.ToString(CultureInfo.InvariantCulture))
                .Append(reason.UnlistedSides == 1 ? " more figure" : " more figures").Append(after);
        }
    }

    private static void More(StringBuilder text, int named)
    {
        if (named > MaxVoicesNamed)
        {
            text.Append("; and ").Append((named - MaxVoicesNamed).ToString(CultureInfo.InvariantCulture)).Append(" more");
        }
    }

    private static void AppendSides(StringBuilder text, IReadOnlyList<Side> sides)
    {
        for (var s = 0; s < sides.Count; s++)
        {
            text.Append(s == 0 ? string.Empty : " vs ").Append(sides[s].Label).Append(" (");
            AppendVoices(text, sides[s].Voices);
            text.Append(')');
        }
    }

    /// <summary>Appends the voices of all sides, each source once with the documents that carried it, in order of first appearance.</summary>
    private static void AppendVoices(StringBuilder text, IReadOnlyList<Side> sides, bool capitalise)
    {
        var sourceDocuments = new List<(string Source, int First, string Document)>();
        var n = 0;
        foreach (var side in sides)
        {
            for (var v = 0; v < side.Voices.Count; v++, n++)
            {
                var voice = side.Voices[v];
                for (var d = 0; d < voice.Documents.Count; d++)
                {
                    sourceDocuments.Add((voice.Source, n, voice.Documents[d]));
                }
            }
        }

        sourceDocuments.Sort(static (x, y) =>
        {
            var c = string.CompareOrdinal(x.Source, y.Source);
            return c != 0 ? c : string.CompareOrdinal(x.Document, y.Document);
        });
        var sources = new List<(string Source, int First, int Documents)>();
        for (var k = 0; k < sourceDocuments.Count; k++)
        {
            var (source, at, document) = sourceDocuments[k];
            if (k == 0 || !string.Equals(source, sourceDocuments[k - 1].Source, StringComparison.Ordinal))
            {
                sources.Add((source, at, 1));
            }
            else
            {
                var last = sources[^1];
                var another = string.Equals(document, sourceDocuments[k - 1].Document, StringComparison.Ordinal) ? 0 : 1;
                sources[^1] = (source, Math.Min(last.First, at), last.Documents + another);
            }
        }

        sources.Sort(static (x, y) => x.First.CompareTo(y.First));
        var start = text.Length;
        for (var k = 0; k < sources.Count && k < MaxVoicesNamed; k++)
        {
            text.Append(k == 0 ? string.Empty : "; ").Append(sources[k].Source);
            if (sources[k].Documents > 1)
            {
                text.Append(", carried by ").Append(sources[k].Documents.ToString(CultureInfo.InvariantCulture)).Append(" outlets");
            }
        }

        More(text, sources.Count);
        if (capitalise)
        {
            Capitalise(text, start);
        }
    }

    private static void Capitalise(StringBuilder text, int at)
    {
        if (text.Length > at)
        {
            text[at] = char.ToUpperInvariant(text[at]);
        }
    }
}
