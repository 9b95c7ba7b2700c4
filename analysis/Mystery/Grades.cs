namespace Satisfaction.Analysis.Mystery;

/// <summary>
/// Grade (等级) of a visit or outlet score (SCORING.md 1.5). The score is compared after rounding to
/// two decimals, as ranking and the report's figures do: 94.996 shows and ranks as 95.00, so it is 优秀.
/// </summary>
public static class Grades
{
    public const string Excellent = "优秀";
    public const string Good = "良好";
    public const string Pass = "达标";
    public const string NeedsImprovement = "待改进";

    public static string Of(double score)
    {
        var rounded = Ranking.Round(score);
        return rounded switch
        {
            >= 95 => Excellent,
            >= 90 => Good,
            >= 80 => Pass,
            _ => NeedsImprovement,
        };
    }
}
