namespace Satisfaction.Analysis.Survey;

/// <summary>
/// Running sums of one scope (province, city or outlet): everything its summary needs. Sums add up, so a city
/// is the sum of its outlets; the respondents' indices are a segment of one array shared by the whole pass.
/// </summary>
internal sealed class ScopeTally
{
    public int Respondents { get; private set; }

    /// <summary>Respondents with an index: the length <see cref="Indices"/> will have.</summary>
    public int Indexed { get; private set; }

    public ArraySegment<double> Indices { get; set; } = ArraySegment<double>.Empty;

    public double OverallSum { get; private set; }

    public int OverallCount { get; private set; }

    public int Top2 { get; private set; }

    public int RecommendCount { get; private set; }

    public int Promoters { get; private set; }

    public int Detractors { get; private set; }

    /// <summary>Counts a respondent; the caller places its index in <see cref="Indices"/>.</summary>
    public void Add(in RespondentScore score, in ScaleCuts cuts)
    {
        Respondents++;
        if (score.Index.HasValue)
        {
            Indexed++;
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

    public void Add(ScopeTally part)
    {
        Respondents += part.Respondents;
        Indexed += part.Indexed;
        OverallSum += part.OverallSum;
        OverallCount += part.OverallCount;
        Top2 += part.Top2;
        RecommendCount += part.RecommendCount;
        Promoters += part.Promoters;
        Detractors += part.Detractors;
    }

    /// <summary>One scope over all the given respondents.</summary>
    public static ScopeTally Of(IReadOnlyList<RespondentScore> scores, in ScaleCuts cuts)
    {
        var tally = new ScopeTally();
        var indices = new double[scores.Count];
        for (var i = 0; i < scores.Count; i++)
        {
            var score = scores[i];
            tally.Add(score, cuts);
            if (score.Index is { } index)
            {
                indices[tally.Indexed - 1] = index;
            }
        }

        tally.Indices = new ArraySegment<double>(indices, 0, tally.Indexed);
        return tally;
    }
}
