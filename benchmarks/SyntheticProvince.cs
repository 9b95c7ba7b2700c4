using System.Globalization;
using Satisfaction.Analysis.Input;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Benchmarks;

// A province held in memory as the store would hand it over: 13 cities, N outlets each, visits and
// responses spread over them in one quarter (or several, ending 2026Q3), answers as read (the loading step
// is measured elsewhere).
internal static class SyntheticProvince
{
    private static readonly string[] Cities = ["南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁"];

#pragma warning disable CA5394 // Synthetic data, seeded.
    public static AnalysisData Build(ScoringScheme scheme, int outletsPerCity, int visits, int responses, int seed = 7, int quarters = 1)
    {
        var random = new Random(seed);
        var outlets = Cities.SelectMany((city, c) => Enumerable.Range(1, outletsPerCity).Select(i =>
            new Outlet("江苏", city, string.Create(CultureInfo.InvariantCulture, $"{c + 1:00}{i:0000}"), string.Create(CultureInfo.InvariantCulture, $"{city}第{i}营业厅"), [], "标准店"))).ToList();
        var quality = outlets.ToDictionary(o => o.Code, _ => 0.75 + (random.NextDouble() * 0.2));
        var start = new DateOnly(2026, 7, 1).AddMonths(-3 * (quarters - 1));
        var visitRecords = new List<VisitRecord>(visits);
        for (var v = 0; v < visits; v++)
        {
            var outlet = outlets[random.Next(outlets.Count)];
            var answers = new Dictionary<string, Answer>(scheme.Items.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var item in scheme.Items)
            {
                var good = random.NextDouble() < (item.IsVeto ? 0.99 : quality[outlet.Code]);
                answers[item.Code] = item.Type == ItemType.Points
                    ? Answer.Of(good ? item.Max : Math.Floor(item.Max * random.NextDouble()))
                    : random.Next(20) == 0 && !item.IsVeto ? Answer.NotApplicable : good ? Answer.Yes : Answer.No;
            }

            visitRecords.Add(new VisitRecord(string.Create(CultureInfo.InvariantCulture, $"AF-{v:0000000}"), outlet, Day(random, start, quarters), $"SH-{random.Next(60):00}", random.Next(20) == 0 ? "未主动推荐宽带" : null, answers));
        }

        var responseRecords = new List<ResponseRecord>(responses);
        for (var r = 0; r < responses; r++)
        {
            var outlet = outlets[random.Next(outlets.Count)];
            var mood = quality[outlet.Code] * 10;
            var answers = new Dictionary<string, Answer>(scheme.Questions.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var question in scheme.Questions)
            {
                var value = Math.Clamp(Math.Round(mood + (random.NextDouble() * 4) - 2.5), question.Low, question.High);
                answers[question.Code] = question.Code == "S8" && random.Next(10) != 0 ? Answer.NotApplicable : Answer.Of(value);
            }

            responseRecords.Add(new ResponseRecord(string.Create(CultureInfo.InvariantCulture, $"MY-{r:0000000}"), outlet, Day(random, start, quarters), answers));
        }

        return new AnalysisData(scheme, new OutletMaster(outlets), visitRecords, responseRecords, [], []);
    }

    // One quarter draws as before (the same data for the same seed); several draw the quarter first.
    private static DateOnly Day(Random random, DateOnly start, int quarters) =>
        (quarters == 1 ? start : start.AddMonths(3 * random.Next(quarters))).AddDays(random.Next(90));
#pragma warning restore CA5394
}
