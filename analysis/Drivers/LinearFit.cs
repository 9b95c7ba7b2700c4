namespace Satisfaction.Analysis.Drivers;

/// <summary>A trained linear model of the standardised label: one weight per feature, and the bias.</summary>
internal sealed record LinearFit(double[] Weights, double Bias);
