using System.Globalization;
using System.Text;
namespace ClaimCompare.Events;

/// <summary>
/// Writes an event cluster's prose: its label ("air strike, Albu Kamal, 2021-02-25") and the sentence of its
/// <see cref="EventReason"/> ("Same trigger 'air strike' and place Erbil in 3 documents.").
/// </summary>
/// <remarks>
/// Stateless; thread-safe. Text is appended to a caller's builder, so the linker, which describes every cluster of a
/// large run, makes no strings but the two each cluster keeps. The prose lives beside <see cref="EventReason"/>, the
/// record it renders, and not in Reporting: a stage never depends on Reporting (docs/DESIGN.md), and the public
/// <see cref="EventClusterer"/> and <see cref="EventLinker"/> return finished clusters whoever calls them.
/// </remarks>
internal static class EventReasonText
{
    /// <summary>Appends a cluster's label: its trigger, place and date, those known, separated by commas.</summary>
    /// <param name="text">The builder.</param>
    /// <param name="trigger">The trigger, or <see langword="null"/>.</param>
    /// <param name="place">The place, or <see langword="null"/>.</param>
    /// <param name="date">The date text, or <see langword="null"/>.</param>
    /// <returns><paramref name="text"/>, unchanged when none is known.</returns>
    public static StringBuilder AppendLabel(StringBuilder text, string? trigger, string? place, string? date) =>
        AppendCues(text, trigger, place, date, named: false, ", ");

    /// <summary>Appends the sentence of a reason, full stop included.</summary>
    /// <param name="text">The builder.</param>
    /// <param name="reason">The reason.</param>
    /// <returns><paramref name="text"/>.</returns>
    public static StringBuilder AppendReason(StringBuilder text, in EventReason reason)
    {
        // The single-document and series sentences name the cues after them; the shared-cue sentence names them inside.
        var cuesAfter = reason.HasCues;
        switch (reason.Kind)
        {
            case EventReasonKind.MainEventOfOneDocument:
                text.Append("The main event of one document");
                break;
            case EventReasonKind.RecalledByOneDocument:
                text.Append("An event one document recalls, set apart by ").Append(reason.Marker);
                break;
            case EventReasonKind.RecalledSeries:
                text.Append(CultureInfo.InvariantCulture, $"A series of attacks that {reason.Documents} reports of one story recall");
                break;
            default:
                text.Append("Same ");
                if (reason.Kind == EventReasonKind.SharedCues)
                {
                    AppendCues(text, reason.Trigger, reason.Place, reason.Date, named: true, " and ");
                }
                else
                {
                    text.Append("content terms");
                }

                text.Append(CultureInfo.InvariantCulture, $" in {reason.Documents} documents");
                if (reason.ReportedOverDays > 0)
                {
                    // A story followed over time: later reports (toll updates, inquiries) joined by the event they tell of.
                    text.Append(CultureInfo.InvariantCulture, $" published over {reason.ReportedOverDays} days");
                }

                text.Append(reason.IncludesBackground ? ", including events recalled as background" : string.Empty);
                cuesAfter = false;
                break;
        }

        if (cuesAfter)
        {
            AppendCues(text.Append(" ("), reason.Trigger, reason.Place, reason.Date, named: true, ", ").Append(')');
        }

        return text.Append('.');
    }

    /// <summary>Returns the sentence of a reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The sentence.</returns>
    public static string Reason(in EventReason reason) => AppendReason(new StringBuilder(), reason).ToString();

    /// <summary>
    /// Appends the cues that are known, in order, separated by commas and the last by <paramref name="lastSeparator"/>:
    /// as themselves for a label, or <paramref name="named"/> for a reason ("trigger 'air strike', place Erbil and date 2021-02-25").
    /// </summary>
    private static StringBuilder AppendCues(StringBuilder text, string? trigger, string? place, string? date, bool named, string lastSeparator)
    {
        var count = (trigger is null ? 0 : 1) + (place is null ? 0 : 1) + (date is null ? 0 : 1);
        var written = 0;
        Append(trigger, "trigger '", "'");
        Append(place, "place ", string.Empty);
        Append(date, "date ", string.Empty);
        return text;

        void Append(string? value, string prefix, string suffix)
        {
            if (value is not null)
            {
                if (written > 0)
                {
                    text.Append(written == count - 1 ? lastSeparator : ", ");
                }

                text.Append(named ? prefix : string.Empty).Append(value).Append(named ? suffix : string.Empty);
                written++;
            }
        }
    }
}
