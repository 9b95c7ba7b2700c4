namespace Satisfaction.Analysis.Drivers;

/// <summary>One respondent as ML.NET reads it: standardised converted S9 and standardised, imputed touchpoints.</summary>
internal sealed class ModelRow
{
    public float Label;

    public float[] Features = [];
}
