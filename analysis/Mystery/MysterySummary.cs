using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Analysis.Mystery;

/// <summary>A city or outlet at the top or bottom of a scope.</summary>
public sealed record Standing(string Name, string? Code, double Score);

/// <summary>
/// The first-sheet summary of a province (<see cref="City"/> null) or city: score (null without visits),
/// previous score, change with Welch's test on outlet scores, counts, and the best and worst city (province
/// only) and outlet (ranked outlets only, by rounded score; ties go to the lower code or name).
/// </summary>
public sealed record MysterySummary(
    string Province,
    string? City,
    double? Score,
    IReadOnlyList<double?> Dimensions,
    int Outlets,
    int Visits,
    int VetoedVisits,
    double? PreviousScore,
    double? Change,
    ChangeTest? ChangeTest,
    Standing? BestCity,
    Standing? WorstCity,
    Standing? BestOutlet,
    Standing? WorstOutlet);
