using DocumentFormat.OpenXml.Packaging;
using Satisfaction.Reports.Charts;
using Satisfaction.Reports.Tests.Support;

namespace Satisfaction.Reports.Tests.Charts;

public sealed class ChartSpecTests
{
    private static ChartSpec Spec(params double?[] values) => new()
    {
        Kind = ChartKind.Line,
        Title = "走势",
        Categories = new ChartCategories("'趋势'!$A$2:$A$3", ["2025-12", "2026-01"]),
        Series = [new ChartSeries("得分", "'趋势'!$B$2:$B$3", values)],
        Anchor = new CellAnchor(0, 0, 5, 10),
    };

    [Fact]
    public void ASeriesWithTooFewValuesIsRefusedWithItsName()
    {
        var error = Assert.Throws<ArgumentException>(() => Spec(80).Validate());
        Assert.Contains("'得分'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAxisMinimumAboveTheMaximumIsRefused() =>
        Assert.Throws<ArgumentException>(() => (Spec(80, 81) with { AxisMin = 90, AxisMax = 80 }).Validate());

    [Fact]
    public void AnUnknownSheetIsNamedWithTheSheetsThereAre()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            using (var workbook = new ClosedXML.Excel.XLWorkbook())
            {
                workbook.AddWorksheet("趋势");
                workbook.SaveAs(path);
            }

            using var document = SpreadsheetDocument.Open(path, true);
            var error = Assert.Throws<ArgumentException>(() => NativeCharts.Add(document, "排名", Spec(80, 81)));
            Assert.Contains("趋势", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ChartKindsAreCoveredByTheSample() =>
        Assert.Equal(Enum.GetValues<ChartKind>(), SampleReport.Charts.Select(c => c.Spec.Kind).Distinct().Order());
}
