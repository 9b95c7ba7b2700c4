using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Jobs.Delivery;

/// <summary>
/// The key figures a delivery's message gives, taken from the report model the workbook was written from
/// (never read back from the workbook). Small and plain, because a queued job carries it.
/// </summary>
public sealed record DeliveryFigures
{
    public string Period { get; init; } = string.Empty;

    public string Province { get; init; } = string.Empty;

    public string? City { get; init; }

    public double? Score { get; init; }

    public double? Change { get; init; }

    public bool ChangeSignificant { get; init; }

    public string? Grade { get; init; }

    public int? Rank { get; init; }

    public int RankedAmong { get; init; }

    public double? SatisfactionIndex { get; init; }

    public double? SatisfactionChange { get; init; }

    public double? Nps { get; init; }

    public int Outlets { get; init; }

    public int Visits { get; init; }

    public int Respondents { get; init; }

    public static DeliveryFigures Of(string period, string province, string? city, ScopeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new DeliveryFigures
        {
            Period = period,
            Province = province,
            City = city,
            Score = summary.Score,
            Change = summary.Change,
            ChangeSignificant = summary.ChangeTest?.Significant == true,
            Grade = summary.Grade,
            Rank = summary.Rank,
            RankedAmong = summary.RankedAmong,
            SatisfactionIndex = summary.SatisfactionIndex,
            SatisfactionChange = summary.SatisfactionChange,
            Nps = summary.Nps,
            Outlets = summary.Outlets,
            Visits = summary.Visits,
            Respondents = summary.Respondents,
        };
    }
}
