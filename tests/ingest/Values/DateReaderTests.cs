using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Tests.Values;

public sealed class DateReaderTests
{
    public static TheoryData<object?> JulyFifth => new()
    {
        new DateTime(2026, 7, 5),
        new DateTime(2026, 7, 5, 14, 30, 0),
        new DateOnly(2026, 7, 5),
        46208.0,
        46208.6,
        46208,
        20260705.0,
        "46208",
        "20260705",
        "２０２６０７０５",
        "2026-07-05",
        "2026-7-5",
        "2026/7/5",
        "2026/07/05",
        "2026.7.5",
        "2026年7月5日",
        "2026年07月05日",
        "2026 年 7 月 5 日",
        "2026年7月5",
        "２０２６年７月５日",
        "２０２６－０７－０５",
        " 2026-07-05 ",
        "2026/7/5 14:30",
        "2026-07-05 14:30:00",
        "2026-07-05T14:30:00",
        "2026年7月5日 下午",
        "2026年7月5日下午2点",
        "20260705 14:30",
    };

    [Theory]
    [MemberData(nameof(JulyFifth))]
    public void EveryAcceptedFormReadsAsTheSameDate(object? cell)
    {
        var result = DateReader.Read(cell);
        Assert.True(result.Ok, result.Problem?.English);
        Assert.Equal(new DateOnly(2026, 7, 5), result.Value);
    }

    [Theory]
    [InlineData("2000-01-01", 2000, 1, 1)]
    [InlineData("2099-12-31", 2099, 12, 31)]
    [InlineData("2028-02-29", 2028, 2, 29)]
    [InlineData(36526.0, 2000, 1, 1)]
    public void TheEdgesOfTheRangeAreAccepted(object cell, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DateReader.Read(cell).Value);

    [Theory]
    [InlineData("2026-02-30", "not a real calendar date")]
    [InlineData("2026-13-01", "not a real calendar date")]
    [InlineData("2027-02-29", "not a real calendar date")]
    [InlineData(20260230.0, "not a real calendar date")]
    [InlineData("20260230", "not a real calendar date")]
    [InlineData("1999-12-31", "outside")]
    [InlineData("2100-01-01", "outside")]
    [InlineData(36525.0, "outside")]
    [InlineData(1.0, "outside")]
    [InlineData(0.0, "not a date")]
    [InlineData(-5.0, "not a date")]
    [InlineData(19991231.0, "not a date")]
    [InlineData("", "empty")]
    [InlineData("  ", "empty")]
    [InlineData(null, "empty")]
    [InlineData("2026-7/5", "not a date")]
    [InlineData("2026-07-05abc", "not a date")]
    [InlineData("7/5/2026", "not a date")]
    [InlineData("yesterday", "not a date")]
    [InlineData("1e5", "not a date")]
    [InlineData(true, "not a date")]
    public void BadDatesFailWithAProblemThatQuotesTheValueAndTheAcceptedForms(object? cell, string reason)
    {
        var result = DateReader.Read(cell);
        Assert.False(result.Ok);
        var problem = Assert.IsType<Problem>(result.Problem);
        Assert.Contains(reason, problem.English, StringComparison.Ordinal);
        Assert.Contains(CellText.Of(cell) ?? string.Empty, problem.Chinese, StringComparison.Ordinal);
        Assert.Contains("2026年7月5日", problem.Hint, StringComparison.Ordinal);
        Assert.Contains("serial", problem.Hint, StringComparison.Ordinal);
    }
}
