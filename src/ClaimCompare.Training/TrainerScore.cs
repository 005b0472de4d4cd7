namespace ClaimCompare.Training;

/// <summary>A trainer's cross-validated figures on candidate pairs (means over the folds).</summary>
/// <param name="Trainer">The trainer.</param>
/// <param name="Auc">Area under the ROC curve.</param>
/// <param name="F1">F1 of "same event" at probability 0.5.</param>
/// <param name="Precision">Precision of "same event".</param>
/// <param name="Recall">Recall of "same event".</param>
/// <param name="LogLoss">Log loss of the calibrated probabilities.</param>
internal sealed record TrainerScore(string Trainer, double Auc, double F1, double Precision, double Recall, double LogLoss);
