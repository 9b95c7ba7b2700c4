using System.Globalization;

namespace Satisfaction.Reports.Pictures;

/// <summary>
/// The distribution of visit scores as a picture model: counts in bins of <see cref="BinWidth"/> points from 0 to 100
/// (a score of 100 falls in the last bin), with the mean marked. Every string it draws is in <see cref="Texts"/>.
/// </summary>
public sealed record ScoreDistribution
{
    public required string Title { get; init; }

    public required IReadOnlyList<double> Scores { get; init; }

    public double BinWidth { get; init; } = 5;

    public string ScoreLabel { get; init; } = "暗访得分";

    public string CountLabel { get; init; } = "访问次数";

    public double Mean => Scores.Count == 0 ? double.NaN : Scores.Average();

    public string MeanCaption => Scores.Count == 0
        ? "无访问"
        : string.Create(CultureInfo.InvariantCulture, $"均值 {Mean:0.0}（{Scores.Count} 次）");

    /// <summary>Visits per bin; bin i holds [i × width, (i + 1) × width), the last one also 100.</summary>
    public IReadOnlyList<int> Counts()
    {
        var bins = (int)Math.Ceiling(100 / BinWidth);
        var counts = new int[bins];
        foreach (var score in Scores)
            counts[Math.Min(bins - 1, (int)Math.Floor(score / BinWidth))]++;
        return counts;
    }

    /// <summary>Every string drawn: title, axis labels, mean caption, tick labels.</summary>
    public IEnumerable<string> Texts() => [Title, ScoreLabel, CountLabel, MeanCaption, "0123456789."];

    /// <summary>Throws unless the bin width divides 0–100 sensibly and every score is within 0–100.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Title, nameof(Title));
        ArgumentNullException.ThrowIfNull(Scores, nameof(Scores));
        if (!(BinWidth is >= 0.5 and <= 50))
            throw new ArgumentOutOfRangeException(nameof(BinWidth), BinWidth, "The bin width must be within 0.5–50 points.");
        foreach (var score in Scores)
        {
            if (!(score is >= 0 and <= 100))
                throw new ArgumentOutOfRangeException(nameof(Scores), score, "Every visit score must be within 0–100.");
        }
    }
}
