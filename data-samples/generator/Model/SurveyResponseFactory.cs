using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Samples.Options;

namespace Satisfaction.Samples.Model;

/// <summary>
/// Generates the respondents of one outlet in one period. Touchpoints share the respondent's mood and the
/// outlet's quality; the overall question (S9) is planted to depend mainly on 服务态度 (S4) and 办理效率 (S6)
/// plus noise, and the recommend question (S10) follows S9. 投诉处理 (S8) is N/A unless the customer complained.
/// Scales other than 0–10 are handled by converting from 0–10.
/// </summary>
internal sealed class SurveyResponseFactory(ScoringScheme scheme, QualityModel quality, int seed)
{
    private const double ComplaintRate = 0.10;

    private static readonly Dictionary<string, double> Mean = new(StringComparer.OrdinalIgnoreCase)
    {
        ["S1"] = 8.3, ["S2"] = 7.0, ["S3"] = 7.8, ["S4"] = 8.4, ["S5"] = 8.1, ["S6"] = 7.5, ["S7"] = 7.3, ["S8"] = 6.8,
    };

    private static readonly Dictionary<string, double> NotApplicableRate = new(StringComparer.OrdinalIgnoreCase)
    {
        ["S3"] = 0.06, ["S7"] = 0.12,
    };

    public IEnumerable<GeneratedRecord> Responses(Outlet outlet, Period period, int count, IdAllocator ids)
    {
        var random = Seeds.For(seed, "responses", outlet.Code, period.Name);
        var outletQuality = quality.OutletQuality(outlet, period);
        var questions = scheme.Questions;
        var touch = new double[questions.Count];
        for (var n = 0; n < count; n++)
        {
            var when = period.First.AddDays(random.Next(period.Days)).ToDateTime(new TimeOnly(9, 0)).AddMinutes(random.Next(0, 540));
            var mood = 0.7 * outletQuality + 0.8 * random.NextGaussian();
            var answers = new AnswerValue[questions.Count];
            var complained = random.Chance(ComplaintRate);
            var overall = double.NaN;
            string? complaint = null;
            for (var i = 0; i < questions.Count; i++)
            {
                var q = questions[i];
                if (q.Role != QuestionRole.Touchpoint)
                {
                    continue;
                }

                var na = string.Equals(q.Code, "S8", StringComparison.OrdinalIgnoreCase)
                    ? !complained
                    : random.Chance(NotApplicableRate.GetValueOrDefault(q.Code));
                touch[i] = Clamp(Mean.GetValueOrDefault(q.Code, 7.8) + 1.1 * (mood + 0.8 * random.NextGaussian()));
                answers[i] = na ? AnswerValue.NotApplicable : OnScale(touch[i], q);
                if (!na && touch[i] < 5 && complaint is null)
                {
                    complaint = Phrases.QuestionComplaint(q.Code, random);
                }
            }

            for (var i = 0; i < questions.Count; i++)
            {
                var q = questions[i];
                if (q.Role == QuestionRole.Overall)
                {
                    overall = Clamp(0.9 + 0.45 * Touch("S4", touch, 8) + 0.38 * Touch("S6", touch, 7.5)
                        + 0.05 * Touch("S1", touch, 8) + 0.7 * random.NextGaussian());
                    answers[i] = random.Chance(0.02) ? AnswerValue.NotApplicable : OnScale(overall, q);
                }
                else if (q.Role == QuestionRole.Recommend)
                {
                    var basis = double.IsNaN(overall) ? 7.5 + mood : overall;
                    answers[i] = random.Chance(0.04) ? AnswerValue.NotApplicable : OnScale(Clamp(basis - 0.3 + 1.1 * random.NextGaussian()), q);
                }
            }

            var comment = complaint ?? (random.Chance(0.25) ? random.Pick(Phrases.SurveyPraise) : string.Empty);
            if (random.Chance(0.02))
            {
                comment += (comment.Length > 0 ? "，" : string.Empty) + "我的电话" + PersonalData.Mobile(random);
            }

            yield return new GeneratedRecord(ids.NextRespondentId(period.Name), outlet, when, null, answers, comment, PersonalData.Mobile(random));
        }

        double Touch(string code, double[] values, double fallback)
        {
            for (var i = 0; i < questions.Count; i++)
            {
                if (string.Equals(questions[i].Code, code, StringComparison.OrdinalIgnoreCase))
                {
                    return values[i];
                }
            }

            return fallback;
        }
    }

    private static double Clamp(double x) => Math.Clamp(x, 0, 10);

    private static AnswerValue OnScale(double zeroToTen, SurveyQuestion q) =>
        AnswerValue.Of(Math.Round(q.Low + zeroToTen / 10.0 * (q.High - q.Low), MidpointRounding.AwayFromZero));
}
