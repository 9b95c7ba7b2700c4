namespace Satisfaction.Analysis.Drivers;

/// <summary>The improvement-priority quadrants (象限) of SCORING.md 2.3.</summary>
public static class DriverQuadrant
{
    public const string Priority = "优先改进";
    public const string Strength = "保持优势";
    public const string Secondary = "次要改进";
    public const string Maintain = "维持现状";

    // Shares are sums and quotients of doubles: equal shares can differ from their mean in the last bit.
    private const double Tolerance = 1e-12;

    /// <summary>High importance is ≥ the mean importance, high performance ≥ the mean performance.</summary>
    public static string Classify(double importance, double meanImportance, double performance, double meanPerformance)
    {
        var important = importance >= meanImportance - Tolerance;
        var performing = performance >= meanPerformance - Tolerance;
        return (important, performing) switch
        {
            (true, false) => Priority,
            (true, true) => Strength,
            (false, false) => Secondary,
            (false, true) => Maintain,
        };
    }
}
