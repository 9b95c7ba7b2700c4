using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Satisfaction.Reports.Charts;
using Satisfaction.Reports.Tests.Support;
using Xunit.Abstractions;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Satisfaction.Reports.Tests.Charts;

[Collection(SampleReportGroup.Name)]
public sealed class NativeChartsTests(SampleReport sample, ITestOutputHelper output)
{
    [Fact]
    public void TheWorkbookWithChartsAndPicturesIsValidOffice2019()
    {
        using var document = SpreadsheetDocument.Open(sample.WorkbookPath, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
        foreach (var error in errors)
            output.WriteLine($"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}");
        Assert.Empty(errors);
    }

    [Fact]
    public void EverySheetHasOneDrawingPartHoldingItsCharts()
    {
        using var document = SpreadsheetDocument.Open(sample.WorkbookPath, false);
        var expected = SampleReport.Charts.GroupBy(c => c.Sheet).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (sheet, count) in expected)
        {
            var drawings = Worksheet(document, sheet).DrawingsPart;
            Assert.NotNull(drawings);
            Assert.Equal(count, drawings.ChartParts.Count());
            Assert.Single(Worksheet(document, sheet).Worksheet.Elements<DocumentFormat.OpenXml.Spreadsheet.Drawing>());
        }
    }

    [Fact]
    public void ChartsHaveTheirKindsAndBarDirections()
    {
        using var document = SpreadsheetDocument.Open(sample.WorkbookPath, false);
        var plots = AllCharts(document).Select(c => c.Descendants<C.PlotArea>().Single()).ToList();
        Assert.Equal(SampleReport.Charts.Count, plots.Count);
        var bars = plots.SelectMany(p => p.Elements<C.BarChart>()).Select(b => b.BarDirection!.Val!.Value).ToList();
        Assert.Equal(Expected(ChartKind.ClusteredBar), bars.Count(d => d == C.BarDirectionValues.Bar));
        Assert.Equal(Expected(ChartKind.ClusteredColumn), bars.Count(d => d == C.BarDirectionValues.Column));
        Assert.Equal(Expected(ChartKind.Line), plots.Count(p => p.Elements<C.LineChart>().Any()));
        Assert.Equal(Expected(ChartKind.Radar), plots.Count(p => p.Elements<C.RadarChart>().Any()));
        Assert.All(Enum.GetValues<ChartKind>(), kind => Assert.True(Expected(kind) >= 2, $"The sample has fewer than two {kind} charts."));
    }

    [Fact]
    public void ChartsBindTheRangesTheyWereGiven()
    {
        using var document = SpreadsheetDocument.Open(sample.WorkbookPath, false);
        var formulas = AllCharts(document).SelectMany(c => c.Descendants<C.Formula>()).Select(f => f.Text).ToHashSet();
        Assert.Contains("'排名'!$B$2:$B$14", formulas);
        Assert.Contains("'排名'!$C$2:$C$14", formulas);
        Assert.Contains("'排名'!$C$1", formulas);
        Assert.Contains("'维度'!$A$2:$A$6", formulas);
        Assert.Contains("'维度'!$C$2:$C$6", formulas);
        Assert.Contains("'趋势'!$A$2:$A$7", formulas);
    }

    [Fact]
    public void ChartsCarryTheCachedValuesAndLabels()
    {
        using var document = SpreadsheetDocument.Open(sample.WorkbookPath, false);
        var first = AllCharts(document).First(c => c.Descendants<C.BarChart>().Any());
        var labels = first.Descendants<C.CategoryAxisData>().First().Descendants<C.StringPoint>().Select(p => p.InnerText);
        Assert.Equal(SampleReport.Cities, labels);
        var values = first.Descendants<C.Values>().First().Descendants<C.NumericPoint>().Select(p => double.Parse(p.InnerText, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(SampleReport.Scores, values);
        Assert.Equal("0.0", first.Descendants<C.NumberingCache>().First().FormatCode!.Text);
    }

    [Fact]
    public void AMissingValueIsLeftOutOfTheCache()
    {
        using var document = SpreadsheetDocument.Open(sample.WorkbookPath, false);
        var previous = AllCharts(document)
            .SelectMany(c => c.Descendants<C.Values>())
            .First(v => v.InnerText.Contains("$D$2:$D$14", StringComparison.Ordinal));
        var cache = previous.Descendants<C.NumberingCache>().Single();
        Assert.Equal(13u, cache.PointCount!.Val!.Value);
        Assert.Equal(12, cache.Elements<C.NumericPoint>().Count());
    }

    [Fact]
    public void ChartTextsUseAnEastAsianTypeface()
    {
        using var document = SpreadsheetDocument.Open(sample.WorkbookPath, false);
        foreach (var chart in AllCharts(document))
        {
            var typefaces = chart.Descendants<DocumentFormat.OpenXml.Drawing.EastAsianFont>().Select(f => f.Typeface?.Value).ToList();
            Assert.NotEmpty(typefaces);
            Assert.All(typefaces, t => Assert.Equal("Microsoft YaHei", t));
        }
    }

    [Fact]
    public void ClosedXmlStillLoadsTheWorkbookWithItsCharts()
    {
        using var workbook = new XLWorkbook(sample.ChartsOnlyPath);
        Assert.Equal("广州", workbook.Worksheet(SampleReport.RankingSheet).Cell("B2").GetString());
        Assert.Single(workbook.Worksheet(SampleReport.RankingSheet).Tables);
    }

    private static int Expected(ChartKind kind) => SampleReport.Charts.Count(c => c.Spec.Kind == kind);

    private static WorksheetPart Worksheet(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
    }

    private static IEnumerable<C.ChartSpace> AllCharts(SpreadsheetDocument document) =>
        document.WorkbookPart!.WorksheetParts
            .Where(w => w.DrawingsPart is not null)
            .SelectMany(w => w.DrawingsPart!.ChartParts)
            .Select(c => c.ChartSpace);
}
