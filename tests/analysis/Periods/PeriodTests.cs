using Satisfaction.Analysis.Periods;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Tests.Periods;

// SCORING.md 3: a row belongs to the period of its date; quarters are written 2026Q3, months 2026-07;
// the previous period is the one immediately before, whether or not it has data.
public sealed class PeriodTests
{
    [Theory]
    [InlineData("2026-01-01", "2026Q1")]
    [InlineData("2026-03-31", "2026Q1")]
    [InlineData("2026-07-05", "2026Q3")]
    [InlineData("2026-12-31", "2026Q4")]
    public void ADateBelongsToItsCalendarQuarter(string date, string quarter) =>
        Assert.Equal(quarter, Period.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), PeriodKind.Quarter).ToString());

    [Theory]
    [InlineData("2026-07-05", "2026-07")]
    [InlineData("2026-12-31", "2026-12")]
    [InlineData("2027-01-01", "2027-01")]
    public void ADateBelongsToItsMonthWhenTheSchemeSaysMonths(string date, string month) =>
        Assert.Equal(month, Period.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), PeriodKind.Month).ToString());

    [Theory]
    [InlineData("2026Q3", "2026Q2", "2026Q4")]
    [InlineData("2026Q1", "2025Q4", "2026Q2")]
    [InlineData("2026Q4", "2026Q3", "2027Q1")]
    [InlineData("2026-07", "2026-06", "2026-08")]
    [InlineData("2026-01", "2025-12", "2026-02")]
    [InlineData("2026-12", "2026-11", "2027-01")]
    public void ThePreviousAndNextPeriodsCrossYears(string period, string previous, string next)
    {
        var p = Period.Parse(period);

        Assert.Equal(previous, p.Previous().ToString());
        Assert.Equal(next, p.Next().ToString());
        Assert.Equal(p, p.Previous().Next());
    }

    [Theory]
    [InlineData("2026Q3", "2026-07-01", "2026-09-30")]
    [InlineData("2026-02", "2026-02-01", "2026-02-28")]
    public void APeriodKnowsItsFirstAndLastDay(string period, string start, string end)
    {
        var p = Period.Parse(period);

        Assert.Equal((start, end), (p.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), p.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026Q5")]
    [InlineData("2026-13")]
    [InlineData("Q3 2026")]
    [InlineData("2026/07")]
    public void AnythingElseIsNotAPeriod(string text) =>
        Assert.Throws<FormatException>(() => Period.Parse(text));

    [Fact]
    public void PeriodsSortByTime() =>
        Assert.Equal(["2025Q4", "2026Q1", "2026Q3"], new[] { "2026Q3", "2025Q4", "2026Q1" }.Select(Period.Parse).Order().Select(p => p.ToString()));
}
