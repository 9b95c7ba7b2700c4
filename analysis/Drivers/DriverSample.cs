namespace Satisfaction.Analysis.Drivers;

/// <summary>
/// One respondent of a scope as the key-driver model sees it: converted (0–100) scores, NaN where not answered.
/// <see cref="Touchpoints"/> follows the order of the modelled touchpoints passed to <see cref="KeyDriverAnalysis.Run"/>.
/// A struct of a float and an array keeps a province of a million respondents at about 50 MB.
/// </summary>
public readonly record struct DriverSample(float Overall, float[] Touchpoints)
{
    public bool AnsweredOverall => float.IsFinite(Overall);
}
