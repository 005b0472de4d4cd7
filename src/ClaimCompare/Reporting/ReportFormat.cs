namespace ClaimCompare.Reporting;

/// <summary>How <see cref="ReportWriter"/> renders a <see cref="ComparisonReport"/>.</summary>
public enum ReportFormat
{
    /// <summary>Plain text for a terminal: the most severe disagreement first, revisions as chains, then events.</summary>
    Text,

    /// <summary>JSON in the contract of GOLD-FORMAT.md (claims, events, disagreements with sides).</summary>
    Json,

    /// <summary>Markdown tables.</summary>
    Markdown,

    /// <summary>One self-contained HTML page with a number-line chart per disagreement, drawn in inline SVG.</summary>
    Html,
}
