using System.Globalization;

namespace Satisfaction.Reports.Pictures;

/// <summary>
/// The improvement-priority quadrant (SCORING.md 2.3) as a picture model: importance on x, performance on y,
/// split at the mean importance and the mean performance. Every string it draws is in <see cref="Texts"/>.
/// </summary>
public sealed record PriorityQuadrant
{
    public const string PriorityName = "优先改进";
    public const string StrengthName = "保持优势";
    public const string SecondaryName = "次要改进";
    public const string MaintainName = "维持现状";

    public required string Title { get; init; }

    public required IReadOnlyList<QuadrantPoint> Points { get; init; }

    public string ImportanceLabel { get; init; } = "重要性（占比）";

    public string PerformanceLabel { get; init; } = "表现（得分）";

    /// <summary>The mean importance: the vertical dashed line.</summary>
    public double MeanImportance => Points.Average(p => p.Importance);

    /// <summary>The mean performance: the horizontal dashed line.</summary>
    public double MeanPerformance => Points.Average(p => p.Performance);

    /// <summary>Captions of the two mean lines.</summary>
    public string MeanImportanceCaption =>
        string.Create(CultureInfo.InvariantCulture, $"平均重要性 {MeanImportance:0.0%}");

    public string MeanPerformanceCaption =>
        string.Create(CultureInfo.InvariantCulture, $"平均表现 {MeanPerformance:0.0}");

    /// <summary>Every string drawn: title, axis labels, captions, quadrant names, point labels, tick labels.</summary>
    public IEnumerable<string> Texts() =>
        new[] { Title, ImportanceLabel, PerformanceLabel, MeanImportanceCaption, MeanPerformanceCaption,
                PriorityName, StrengthName, SecondaryName, MaintainName, "0123456789.%" }
            .Concat(Points.Select(p => p.Label));

    /// <summary>Throws unless there is at least one point, all finite, importance within 0–1 and performance within 0–100.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Title, nameof(Title));
        ArgumentNullException.ThrowIfNull(Points, nameof(Points));
        if (Points.Count == 0)
            throw new ArgumentException("A quadrant needs at least one touchpoint.", nameof(Points));
        foreach (var p in Points)
        {
            if (!(p.Importance is >= 0 and <= 1) || !(p.Performance is >= 0 and <= 100))
                throw new ArgumentOutOfRangeException(
                    nameof(Points), p, $"Touchpoint '{p.Label}': importance must be within 0–1 and performance within 0–100.");
        }
    }
}
