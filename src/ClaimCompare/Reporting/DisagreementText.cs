using System.Globalization;
using System.Text;
using ClaimCompare.Claims;
using ClaimCompare.Diff;

namespace ClaimCompare.Reporting;

/// <summary>
/// Renders a disagreement's one-sentence explanation from its sides and its <see cref="DisagreementReason"/>:
/// "People killed: 22 (SOHR) vs up to 5 (Pentagon): the figures differ by a factor of about 4.4.",
/// "Reuters revised people killed: 12 → 20.", "Responsibility: IS claimed it (Amaq) vs Russia denied (TASS).".
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class DisagreementText
{
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
            AppendVoices(text, sides, 0, sides.Count, capitalise: true);
            text.Append(" revised ").Append(subject).Append(' ').Append(Lower(kind)).Append(": ");
            for (var k = 0; k < reason.TimeOrder.Count; k++)
            {
                text.Append(k == 0 ? string.Empty : " → ").Append(sides[reason.TimeOrder[k]].Label);
            }

            text.Append('.');
        }
        else
        {
            text.Append(subject);
            Capitalise(text, 0);
            text.Append(' ').Append(Lower(kind)).Append(": ");
            AppendSides(text, sides);
            text.Append(": the figures differ by a factor of about ").Append(Factor(Math.Exp(reason.LogGap))).Append('.');
        }

        return text.ToString();
    }

    private static string Lower(ClaimKind kind) => kind.ToString().ToLowerInvariant();

    private static string Factor(double factor) =>
        double.IsInfinity(factor) || factor > 1e6 ? "a million or more" : factor < 10 ? factor.ToString("0.#", CultureInfo.InvariantCulture) : Math.Round(factor).ToString("0", CultureInfo.InvariantCulture);

    private static void AppendSides(StringBuilder text, IReadOnlyList<Side> sides)
    {
        for (var s = 0; s < sides.Count; s++)
        {
            text.Append(s == 0 ? string.Empty : " vs ").Append(sides[s].Label).Append(" (");
            AppendVoices(text, sides, s, 1, capitalise: false);
            text.Append(')');
        }
    }

    /// <summary>Appends the voices of <paramref name="count"/> sides from <paramref name="first"/>, each source once with the documents that carried it, in order of first appearance.</summary>
    private static void AppendVoices(StringBuilder text, IReadOnlyList<Side> sides, int first, int count, bool capitalise)
    {
        var sourceDocuments = new List<(string Source, int First, string Document)>();
        var n = 0;
        for (var s = first; s < first + count; s++)
        {
            var side = sides[s];
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
        for (var k = 0; k < sources.Count; k++)
        {
            text.Append(k == 0 ? string.Empty : "; ").Append(sources[k].Source);
            if (sources[k].Documents > 1)
            {
                text.Append(", carried by ").Append(sources[k].Documents.ToString(CultureInfo.InvariantCulture)).Append(" outlets");
            }
        }

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
