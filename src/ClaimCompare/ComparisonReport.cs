using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Events;

namespace ClaimCompare;

/// <summary>The result of comparing a set of documents: their claims, the events those claims are about, and where sources disagree.</summary>
/// <remarks>
/// Instances are immutable and thread-safe. The report is canonical: documents are ordered by id,
/// claims by document then position, and ids are assigned after ordering, so the same documents in any
/// order give an equal report.
/// </remarks>
/// <param name="Documents">The documents compared, ordered by id.</param>
/// <param name="Claims">Every claim, ordered by document then position, with ids "c1", "c2", ...</param>
/// <param name="Events">The events, with ids "e1", "e2", ...</param>
/// <param name="Disagreements">The disagreements, most severe first, with ids "d1", "d2", ...</param>
/// <param name="Unclassified">Number mentions that became no claim, with the reason.</param>
[Notebooks.TypeFormatterSource(typeof(Notebooks.NotebookFormatterSource))]
public sealed record ComparisonReport(
    IReadOnlyList<DocumentSummary> Documents,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<EventCluster> Events,
    IReadOnlyList<Disagreement> Disagreements,
    IReadOnlyList<UnclassifiedMention> Unclassified)
{
    /// <summary>Gets the documents compared, ordered by id.</summary>
    /// <value>A list that compares by value, element by element, so that equal records are <c>==</c>.</value>
    public IReadOnlyList<DocumentSummary> Documents { get; init => field = ValueList.Of(value); } = ValueList.Of(Documents);

    /// <summary>Gets every claim, ordered by document then position.</summary>
    /// <value>A list that compares by value, element by element, so that equal records are <c>==</c>.</value>
    public IReadOnlyList<Claim> Claims { get; init => field = ValueList.Of(value); } = ValueList.Of(Claims);

    /// <summary>Gets the events.</summary>
    /// <value>A list that compares by value, element by element, so that equal records are <c>==</c>.</value>
    public IReadOnlyList<EventCluster> Events { get; init => field = ValueList.Of(value); } = ValueList.Of(Events);

    /// <summary>Gets the disagreements, most severe first.</summary>
    /// <value>A list that compares by value, element by element, so that equal records are <c>==</c>.</value>
    public IReadOnlyList<Disagreement> Disagreements { get; init => field = ValueList.Of(value); } = ValueList.Of(Disagreements);

    /// <summary>Gets the number mentions that became no claim, with the reason.</summary>
    /// <value>A list that compares by value, element by element, so that equal records are <c>==</c>.</value>
    public IReadOnlyList<UnclassifiedMention> Unclassified { get; init => field = ValueList.Of(value); } = ValueList.Of(Unclassified);

    /// <summary>Gets a value indicating whether any disagreement was found.</summary>
    public bool HasDisagreements => Disagreements.Count > 0;

    /// <inheritdoc/>
    public override string ToString() =>
        Count(Documents.Count, "document") + ", " + Count(Claims.Count, "claim") + ", " + Count(Events.Count, "event") + ", " + Count(Disagreements.Count, "disagreement");

    private static string Count(int n, string noun) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
