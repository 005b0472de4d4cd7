using ClaimCompare.Events.Linking;

namespace ClaimCompare.Training;

/// <summary>A fitted and exported link model with what was measured of it on its training rows.</summary>
/// <param name="Model">The exported model.</param>
/// <param name="Importance">Per feature, the mean drop in AUC when its values are permuted (ML.NET's PFI, 3 permutations).</param>
/// <param name="ExportError">The largest difference between the exported model's probability and ML.NET's on any training row.</param>
internal sealed record FittedLinkModel(LinkModel Model, IReadOnlyList<(string Feature, double AucDrop)> Importance, double ExportError);
