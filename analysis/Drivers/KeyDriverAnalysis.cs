using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Drivers;

/// <summary>
/// Key drivers and improvement priorities of one scope (SCORING.md 2.3): which touchpoints move overall
/// satisfaction (importance, from a linear model's permutation importance) against how well they do (performance).
/// </summary>
public static class KeyDriverAnalysis
{
    /// <param name="touchpoints">The modelled touchpoints, in scheme order (see <see cref="DriverTouchpoints.Select"/>).</param>
    /// <param name="samples">The scope's respondents; each sample's touchpoint scores follow <paramref name="touchpoints"/>.</param>
    /// <param name="minResponses">Fewest respondents answering the overall question (minDriverResponses).</param>
    /// <param name="seed">Seeds training, sampling and shuffles: the same input and seed give the same result.</param>
    public static DriverResult Run(
        IReadOnlyList<SurveyQuestion> touchpoints,
        IReadOnlyList<DriverSample> samples,
        int minResponses,
        int seed = 1,
        DriverLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(touchpoints);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfNegative(minResponses);
        limits ??= DriverLimits.Default;
        limits.Validate();
        foreach (var sample in samples)
        {
            if (sample.Touchpoints is null || sample.Touchpoints.Length != touchpoints.Count)
            {
                throw new ArgumentException($"Every sample needs {touchpoints.Count} touchpoint scores, one per touchpoint.", nameof(samples));
            }
        }

        var respondents = samples.Count(s => s.AnsweredOverall);
        if (respondents < minResponses || respondents == 0)
        {
            return DriverResult.Skip(respondents, DriverMessages.TooFewRespondents(respondents, Math.Max(minResponses, 1)).Bilingual);
        }

        var (performance, answered) = ScopeMeans.Of(samples, touchpoints.Count);
        int[] modelled = [.. Enumerable.Range(0, touchpoints.Count).Where(t => answered[t] > 0)];
        string[] unanswered = [.. Enumerable.Range(0, touchpoints.Count).Where(t => answered[t] == 0).Select(t => touchpoints[t].Code)];
        if (modelled.Length == 0)
        {
            return DriverResult.Skip(respondents, DriverMessages.NoTouchpointAnswered().Bilingual, unanswered);
        }

        var prepared = ModelRows.Prepare(samples, modelled, performance);
        var rows = prepared.Build(RowSample.Indices(prepared.Respondents.Length, limits.MaxRows, seed));
        var (rSquared, decreases) = DriverModel.Fit(rows, seed, limits.PermutationsFor(rows.Rows), limits.Trainer);
        var shares = ImportanceShares.From(decreases);

        var meanImportance = shares.Average();
        var meanPerformance = modelled.Average(t => performance[t]);
        var driverRows = modelled.Select((t, f) => new DriverRow(
            touchpoints[t].Code,
            touchpoints[t].Text,
            shares[f],
            performance[t],
            DriverQuadrant.Classify(shares[f], meanImportance, performance[t], meanPerformance)));

        return new DriverResult
        {
            Rows = [.. driverRows],
            Respondents = respondents,
            RSquared = rSquared,
            Unanswered = unanswered,
            ModelledRows = rows.Rows,
        };
    }
}
