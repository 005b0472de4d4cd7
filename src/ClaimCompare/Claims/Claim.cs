using System.Text;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// One statement of a number of dead, injured or other counted things, or of who is (or is not)
/// behind an event, with who said it and exactly where the text says it.
/// </summary>
/// <remarks>Instances are immutable and thread-safe. <see cref="Id"/> and <see cref="EventId"/> are
/// assigned by the pipeline after ordering and clustering, through <c>with</c> expressions.</remarks>
/// <param name="DocumentId">The id of the document the claim comes from.</param>
/// <param name="Kind">What the claim is about.</param>
/// <param name="Evidence">The span of the claim's phrase in the document text.</param>
/// <param name="EvidenceText">The claim's phrase as written: <c>text[Evidence.Start..Evidence.End]</c>.</param>
/// <param name="Sentence">The span of the sentence that carries the claim.</param>
/// <param name="Interval">The number the claim states, as an interval; <see cref="Interval.Unbounded"/> for responsibility claims.</param>
/// <param name="Quantity">The number phrase the interval comes from, when there is one.</param>
/// <param name="Subject">Who or what is counted, normalised ("people", "fighters", "civilians", "trucks"); <see langword="null"/> for responsibility claims.</param>
/// <param name="Actor">The canonical name of the actor of a responsibility claim, or <see langword="null"/> ("no group has claimed it").</param>
/// <param name="Polarity">The polarity of a responsibility claim; <see langword="null"/> for number claims.</param>
/// <param name="Source">Who the claim is attributed to.</param>
/// <param name="Outlet">The outlet that carried the document, when known.</param>
/// <param name="Timing">Whether the figure presents itself as an update or an earlier figure.</param>
[Notebooks.TypeFormatterSource(typeof(Notebooks.NotebookFormatterSource))]
public sealed record Claim(
    string DocumentId,
    ClaimKind Kind,
    TextSpan Evidence,
    string EvidenceText,
    TextSpan Sentence,
    Interval Interval,
    Quantity? Quantity,
    string? Subject,
    string? Actor,
    Polarity? Polarity,
    Attribution Source,
    string? Outlet = null,
    ClaimTiming Timing = ClaimTiming.Current)
{
    /// <summary>Gets the claim's id in its report ("c1", "c2", ...), assigned after canonical ordering; empty before.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the id of the event the claim was clustered into; empty before clustering.</summary>
    public string EventId { get; init; } = string.Empty;

    /// <inheritdoc/>
    public override string ToString()
    {
        var builder = new StringBuilder();
        if (Id.Length > 0)
        {
            builder.Append(Id).Append(' ');
        }

        builder.Append(Kind.ToString().ToLowerInvariant()).Append(' ');
        if (Kind == ClaimKind.Responsibility)
        {
            builder.Append(Actor ?? "(no actor)").Append(' ').Append(Polarity?.ToString().ToLowerInvariant());
        }
        else
        {
            builder.Append(Interval).Append(' ').Append(Subject);
        }

        builder.Append(" — ").Append(Source).Append(" — \"").Append(EvidenceText).Append("\" ").Append(DocumentId).Append(Evidence);
        return builder.ToString();
    }
}
