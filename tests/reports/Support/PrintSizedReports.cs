using System.Globalization;
using Satisfaction.Analysis.Reporting;

namespace Satisfaction.Reports.Tests.Support;

/// <summary>
/// The hand-made reports grown to what a real city and province print: 60 outlets (the 概览 bar chart at
/// its tallest), visit lists of several printed pages (their header row must repeat), and both pictures.
/// </summary>
public static class PrintSizedReports
{
    private static readonly double?[] Dims = [92.5, 88.0, 70.25, 81.0, 95.0];

    public static ProvinceReport Province()
    {
        var report = HandMadeReports.Province();
        return report with
        {
            OutletRanking = Outlets(120, "南京"),
            Visits = Visits(220).Select(v => ("南京", v)).ToList(),
            VisitScores = Scores(220),
        };
    }

    public static CityReport City()
    {
        var report = HandMadeReports.City();
        return report with
        {
            OutletRanking = Outlets(60, "南京"),
            Visits = Visits(160),
            VisitScores = Scores(160),
            Drivers = HandMadeReports.Province().Drivers,
        };
    }

    private static List<OutletRankingRow> Outlets(int count, string city) =>
        Enumerable.Range(1, count).Select(i => new OutletRankingRow(
            i, city, string.Create(CultureInfo.InvariantCulture, $"025{i:0000}"), string.Create(CultureInfo.InvariantCulture, $"{city}第{i}营业厅"),
            95.0 - (i * 0.2), Dims, 3, "良好", false, 90.0, 1.0)).ToList();

    private static List<VisitRow> Visits(int count) =>
        Enumerable.Range(1, count).Select(i => new VisitRow(
            string.Create(CultureInfo.InvariantCulture, $"AF-{i:0000}"), "0250101", "南京新街口旗舰店", new DateOnly(2026, 7, 1).AddDays(i % 90),
            80.0 + (i % 20), Dims, i % 17 == 0, i % 5 == 0 ? "未主动推荐宽带" : null, "JS-01")).ToList();

    private static List<double> Scores(int count) => Enumerable.Range(0, count).Select(i => 70.0 + (i * 29.0 / count)).ToList();
}
