namespace Satisfaction.Analysis.Reporting;

/// <summary>
/// What the first sheet (概览) answers for a province or city: the score and its change, the rank, the
/// best and worst, vetoes, the satisfaction index and NPS.
/// </summary>
public sealed record ScopeSummary
{
    public required string Scope { get; init; }

    public double? Score { get; init; }

    public double? PreviousScore { get; init; }

    public double? Change { get; init; }

    public ChangeTest? ChangeTest { get; init; }

    /// <summary>A city's rank among the province's cities (null for the province itself).</summary>
    public int? Rank { get; init; }

    public int RankedAmong { get; init; }

    public string? Grade { get; init; }

    /// <summary>Best and worst city (province report) or outlet (city report), with their scores.</summary>
    public (string Name, double Score)? Best { get; init; }

    public (string Name, double Score)? Worst { get; init; }

    public int Outlets { get; init; }

    public int Visits { get; init; }

    public int VetoedVisits { get; init; }

    public double? SatisfactionIndex { get; init; }

    public double? SatisfactionChange { get; init; }

    public ChangeTest? SatisfactionTest { get; init; }

    public double? Nps { get; init; }

    public int Respondents { get; init; }
}
