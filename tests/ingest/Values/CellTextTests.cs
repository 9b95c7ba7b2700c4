using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Tests.Values;

public sealed class CellTextTests
{
    public static TheoryData<object?, string?> Cells => new()
    {
        { null, null },
        { DBNull.Value, null },
        { "", null },
        { "   ", null },
        { "\u3000", null },
        { "  1001 ", "1001" },
        { "Ａ１", "Ａ１" },
        { 1001.0, "1001" },
        { 20260705.0, "20260705" },
        { 1e16, "10000000000000000" },
        { -0.0, "0" },
        { -3.0, "-3" },
        { 6.5, "6.5" },
        { 0.1, "0.1" },
        { 1001, "1001" },
        { 1001L, "1001" },
        { 1001.0m, "1001" },
        { 6.50m, "6.50" },
        { new DateTime(2026, 7, 5), "2026-07-05" },
        { new DateTime(2026, 7, 5, 14, 30, 0), "2026-07-05 14:30:00" },
        { new DateOnly(2026, 7, 5), "2026-07-05" },
        { true, "TRUE" },
        { false, "FALSE" },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void CellsReadAsTheVendorMeantThem(object? cell, string? expected) =>
        Assert.Equal(expected, CellText.Of(cell));

    [Fact]
    public void NumbersIgnoreTheCurrentCulture()
    {
        var saved = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("6.5", CellText.Of(6.5));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = saved;
        }
    }
}
