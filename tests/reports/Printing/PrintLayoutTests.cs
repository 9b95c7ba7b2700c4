using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Satisfaction.Reports.Tests.Printing;

// Offices print these workbooks: LibreOffice's PDF of each kind, read page by page (text and pictures).
public sealed partial class PrintLayoutTests(PrintedReports printed) : IClassFixture<PrintedReports>
{
    public static TheoryData<string> Kinds => ["province", "city"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryPageIsHeadedWithTheReportTitleAndItsSheetInWorkbookOrder(string kind)
    {
        var (workbook, pdf) = Of(kind);
        var sheets = SheetNames(workbook);

        var headed = pdf.Texts.Select(p => Squeeze(PdfPages.Header(p))).ToList();

        Assert.All(headed, h => Assert.StartsWith(Squeeze(kind == "province" ? "江苏 2026Q3 营业厅服务暗访与满意度 · 省分报告" : "南京 2026Q3 营业厅服务暗访与满意度 · 地市报告"), h, StringComparison.Ordinal));
        var pageSheets = headed.Select(h => sheets.Single(s => h.EndsWith(s, StringComparison.Ordinal) && !sheets.Any(o => o.Length > s.Length && o.EndsWith(s, StringComparison.Ordinal) && h.EndsWith(o, StringComparison.Ordinal)))).ToList();
        Assert.Equal(sheets, pageSheets.Distinct());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryPageIsNumberedOfTheTotal(string kind)
    {
        var (_, pdf) = Of(kind);

        Assert.Equal(Enumerable.Range(1, pdf.Count).Select(n => $"第{n}页/共{pdf.Count}页"), pdf.Texts.Select(p => Squeeze(PdfPages.Footer(p))));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void TheOverviewPrintsOnOnePageWithItsCharts(string kind)
    {
        var (workbook, pdf) = Of(kind);

        var overview = pdf.Texts.Where(p => Squeeze(PdfPages.Header(p)).EndsWith("概览", StringComparison.Ordinal)).ToList();

        Assert.Single(overview);
        Assert.Same(pdf.Texts[0], overview[0]);
        Assert.All(Charts(workbook).Where(c => c.Sheet == "概览"), c => Assert.Contains(Squeeze(c.Title), Squeeze(overview[0]), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryPictureIsDrawnWholeOnExactlyOnePage(string kind)
    {
        var (workbook, pdf) = Of(kind);

        Assert.Equal(2, PictureCount(workbook));
        Assert.Equal(PictureCount(workbook), pdf.Images.Count);
        Assert.Equal(pdf.Images.Count, pdf.Images.Select(i => i.Page).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryChartIsOnOnePageWithItsBottomLabels(string kind)
    {
        var (workbook, pdf) = Of(kind);

        foreach (var chart in Charts(workbook))
        {
            var pages = pdf.Texts.Where(p => Squeeze(p).Contains(Squeeze(chart.Title), StringComparison.Ordinal)).ToList();
            Assert.True(pages.Count == 1, $"'{chart.Title}' is on {pages.Count} pages.");
            Assert.All(chart.BottomLabels, l => Assert.Contains(Squeeze(l), Squeeze(pages[0]), StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void LongTablesRepeatTheirHeaderRowOnEveryPage(string kind)
    {
        var (_, pdf) = Of(kind);

        var visits = pdf.Texts.Where(p => Squeeze(PdfPages.Header(p)).EndsWith("暗访明细", StringComparison.Ordinal)).ToList();

        Assert.True(visits.Count >= 3, $"the visit list printed on {visits.Count} pages");
        Assert.All(visits, p => Assert.Contains("访问编号", Squeeze(p), StringComparison.Ordinal));
        Assert.All(visits, p => Assert.Contains("营业厅编码", Squeeze(p), StringComparison.Ordinal));
    }

    private (string Workbook, PdfPages Pdf) Of(string kind) =>
        kind == "province" ? (printed.Province.Path, printed.ProvincePdf) : (printed.City.Path, printed.CityPdf);

    private static string Squeeze(string text) => Whitespace().Replace(text, string.Empty);

    private static List<string> SheetNames(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
    }

    private static int PictureCount(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return document.WorkbookPart!.WorksheetParts.Sum(w => w.DrawingsPart?.WorksheetDrawing.Descendants<DocumentFormat.OpenXml.Drawing.Spreadsheet.Picture>().Count() ?? 0);
    }

    // Each chart's title, and the labels LibreOffice draws along its bottom edge: the categories of a column
    // or line chart, the value axis's end of a horizontal bar chart, every corner of a radar. A chart cut by
    // a page break has its title on one page and these on the next.
    private static List<(string Sheet, string Title, IReadOnlyList<string> BottomLabels)> Charts(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var charts = new List<(string, string, IReadOnlyList<string>)>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            foreach (var chart in part.DrawingsPart?.ChartParts ?? [])
            {
                var space = chart.ChartSpace;
                var title = string.Concat(space.Descendants<C.Title>().First().Descendants<A.Text>().Select(t => t.Text));
                var categories = space.Descendants<C.CategoryAxisData>().First().Descendants<C.StringPoint>().Select(p => p.InnerText).ToList();
                var plot = space.Descendants<C.PlotArea>().Single();
                IReadOnlyList<string> bottom = plot.Elements<C.BarChart>().FirstOrDefault()?.BarDirection?.Val?.Value == C.BarDirectionValues.Bar
                    ? space.Descendants<C.MaxAxisValue>().Select(m => m.Val!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)).ToList()
                    : categories;
                charts.Add((sheet.Name!.Value!, title, bottom));
            }
        }

        return charts;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
