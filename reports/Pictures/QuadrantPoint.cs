namespace Satisfaction.Reports.Pictures;

/// <summary>A touchpoint in the improvement-priority quadrant: importance share (0–1) and performance (0–100).</summary>
public sealed record QuadrantPoint(string Label, double Importance, double Performance);
