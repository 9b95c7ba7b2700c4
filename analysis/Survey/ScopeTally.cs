namespace Satisfaction.Analysis.Survey;

/// <summary>Running sums of one scope (province, city or outlet): everything its summary needs, no per-respondent allocation.</summary>
internal sealed class ScopeTally
{
    public int Respondents { get; private set; }

    /// <summary>The respondents' indices, kept for the interval and the change test.</summary>
    public List<double> Indices { get; } = [];

    public double OverallSum { get; private set; }

    public int OverallCount { get; private set; }

    public int Top2 { get; private set; }

    public int RecommendCount { get; private set; }

    public int Promoters { get; private set; }

    public int Detractors { get; private set; }

    public void Add(RespondentScore score, in ScaleCuts cuts)
    {
        Respondents++;
        if (score.Index is { } index)
        {
            Indices.Add(index);
        }

        if (score.Overall is { } overall)
        {
            OverallSum += overall;
            OverallCount++;
            if (score.OverallAnswer >= cuts.Top2From)
            {
                Top2++;
            }
        }

        if (score.RecommendAnswer is { } recommend)
        {
            RecommendCount++;
            if (recommend >= cuts.PromoterFrom)
            {
                Promoters++;
            }
            else if (recommend <= cuts.DetractorTo)
            {
                Detractors++;
            }
        }
    }
}
