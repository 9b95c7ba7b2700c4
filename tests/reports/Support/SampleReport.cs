using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Satisfaction.Reports.Charts;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Pictures;

namespace Satisfaction.Reports.Tests.Support;

/// <summary>
/// A small province workbook written by ClosedXML, then given charts of every kind and two pictures through the
/// Open XML SDK, written once for the tests that share it. Set SATISFACTION_SAMPLE_DIR to keep it (e.g. to look at it).
/// </summary>
public sealed class SampleReport : IDisposable
{
    public static readonly string[] Cities = ["广州", "深圳", "珠海", "汕头", "佛山", "韶关", "河源", "梅州", "惠州", "汕尾", "东莞", "中山", "江门"];
    public static readonly double[] Scores = [92.5, 90.1, 88.7, 87.2, 86.9, 85.0, 84.4, 83.8, 82.0, 80.6, 79.9, 78.3, 75.2];
    public static readonly double?[] PreviousScores = [90.0, 91.2, 86.1, 88.0, 85.5, 83.2, null, 84.9, 80.7, 79.5, 81.0, 77.0, 76.8];
    public static readonly string[] Dimensions = ["服务亲和", "服务用语", "主动营销", "业务处理", "现场管理"];
    public static readonly double?[] CityByDimension = [91.0, 87.5, 72.4, 85.3, 89.9];
    public static readonly double?[] ProvinceByDimension = [88.2, 86.0, 75.8, 83.1, 87.4];
    public static readonly string[] Periods = ["2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01"];
    public static readonly double?[] CityTrend = [82.1, 83.4, 84.0, 83.2, 85.6, 86.3];
    public static readonly double?[] ProvinceTrend = [80.5, 81.0, 82.2, 82.9, 83.5, 84.1];

    public static readonly QuadrantPoint[] Touchpoints =
    [
        new("S1 环境设施", 0.08, 88.5), new("S2 排队等候", 0.21, 71.2), new("S3 首问接待", 0.12, 84.0),
        new("S4 服务态度", 0.24, 86.7), new("S5 业务办理", 0.19, 76.4), new("S6 专业解答", 0.09, 79.0),
        new("S7 离厅送别", 0.07, 90.3),
    ];

    public const string RankingSheet = "排名";
    public const string DimensionSheet = "维度";
    public const string TrendSheet = "趋势";
    public const string PictureSheet = "图片";
    public const string OverviewSheet = "概览";

    private readonly string? _tempDirectory;

    public SampleReport()
    {
        var keep = Environment.GetEnvironmentVariable("SATISFACTION_SAMPLE_DIR");
        if (string.IsNullOrEmpty(keep))
        {
            _tempDirectory = Path.Combine(Path.GetTempPath(), "satisfaction-charts-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_tempDirectory);
        }
        else
        {
            Directory.CreateDirectory(keep);
        }

        Folder = _tempDirectory ?? keep!;
        WorkbookPath = Path.Combine(Folder, "广东_2026-01_省分报告.xlsx");
        Quadrant = new PriorityQuadrant { Title = "改进优先级矩阵（广东 2026-01）", Points = Touchpoints };
        Distribution = new ScoreDistribution { Title = "暗访得分分布（广东 2026-01）", Scores = VisitScores() };
        var font = CjkFont.Resolve();
        QuadrantPng = PriorityQuadrantPicture.Render(Quadrant, font);
        DistributionPng = ScoreDistributionPicture.Render(Distribution, font);
        File.WriteAllBytes(Path.Combine(Folder, "改进优先级.png"), QuadrantPng);
        File.WriteAllBytes(Path.Combine(Folder, "得分分布.png"), DistributionPng);

        WriteCells(WorkbookPath);
        using (var document = SpreadsheetDocument.Open(WorkbookPath, true))
        {
            foreach (var (sheet, spec) in Charts)
                NativeCharts.Add(document, sheet, spec);
        }

        ChartsOnlyPath = Path.Combine(Folder, "charts-only.xlsx");
        File.Copy(WorkbookPath, ChartsOnlyPath, overwrite: true);
        AddPictures();
    }

    private void AddPictures()
    {
        using var document = SpreadsheetDocument.Open(WorkbookPath, true);
        SheetPictures.Add(document, PictureSheet, QuadrantPng, new PictureAnchor(0, 0) { Width = 800 }, "改进优先级", Quadrant.Title);
        SheetPictures.Add(document, RankingSheet, DistributionPng, new PictureAnchor(5, 62) { Width = 800 }, "得分分布", Distribution.Title);
    }

    public string Folder { get; }

    public string WorkbookPath { get; }

    /// <summary>The workbook before its pictures: ClosedXML 0.95.4 loads pictures through GDI+, missing here.</summary>
    public string ChartsOnlyPath { get; }

    public PriorityQuadrant Quadrant { get; }

    public ScoreDistribution Distribution { get; }

    public byte[] QuadrantPng { get; }

    public byte[] DistributionPng { get; }

    /// <summary>The charts added, with their sheets: two of each kind, several on one sheet.</summary>
    public static IReadOnlyList<(string Sheet, ChartSpec Spec)> Charts { get; } = BuildCharts();

    public void Dispose()
    {
        if (_tempDirectory is not null && Directory.Exists(_tempDirectory))
            Directory.Delete(_tempDirectory, recursive: true);
    }

    private static List<double> VisitScores()
    {
        var random = new Random(7);
        return Enumerable.Range(0, 400)
            .Select(_ => Math.Clamp(Math.Round(84 + (9 * Normal(random)), 1), 0, 100))
            .Append(100)
            .ToList();
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static void WriteCells(string path)
    {
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet(OverviewSheet).Cell(1, 1).SetValue("广东 2026-01 暗访概览");
        var ranking = workbook.AddWorksheet(RankingSheet);
        ranking.Cell(1, 1).InsertTable(
            Cities.Select((city, i) => new { 排名 = i + 1, 地市 = city, 暗访得分 = Scores[i], 上期得分 = PreviousScores[i] }),
            "CityRanking");
        ranking.Range(2, 3, Cities.Length + 1, 4).Style.NumberFormat.Format = "0.0";
        ranking.SheetView.FreezeRows(1);

        var dimensions = workbook.AddWorksheet(DimensionSheet);
        dimensions.Cell(1, 1).SetValue("维度");
        dimensions.Cell(1, 2).SetValue("本市");
        dimensions.Cell(1, 3).SetValue("全省");
        for (var i = 0; i < Dimensions.Length; i++)
        {
            dimensions.Cell(i + 2, 1).SetValue(Dimensions[i]);
            dimensions.Cell(i + 2, 2).SetValue(CityByDimension[i]);
            dimensions.Cell(i + 2, 3).SetValue(ProvinceByDimension[i]);
        }

        var trend = workbook.AddWorksheet(TrendSheet);
        trend.Cell(1, 1).SetValue("期间");
        trend.Cell(1, 2).SetValue("广州");
        trend.Cell(1, 3).SetValue("全省");
        for (var i = 0; i < Periods.Length; i++)
        {
            trend.Cell(i + 2, 1).SetValue(Periods[i]);
            trend.Cell(i + 2, 2).SetValue(CityTrend[i]);
            trend.Cell(i + 2, 3).SetValue(ProvinceTrend[i]);
        }

        workbook.AddWorksheet(PictureSheet).Cell(1, 1).SetValue("改进优先级与得分分布");
        foreach (var sheet in workbook.Worksheets)
        {
            sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
            sheet.PageSetup.FitToPages(1, 1);
        }

        workbook.SaveAs(path);
    }

    private static List<(string, ChartSpec)> BuildCharts()
    {
        var cities = new ChartCategories(ChartRange.Of(RankingSheet, "B2:B14"), Cities);
        var score = new ChartSeries("暗访得分", ChartRange.Of(RankingSheet, "C2:C14"), Scores.Select(s => (double?)s).ToList())
        {
            NameRef = ChartRange.Of(RankingSheet, "C1"),
        };
        var previous = new ChartSeries("上期得分", ChartRange.Of(RankingSheet, "D2:D14"), PreviousScores)
        {
            NameRef = ChartRange.Of(RankingSheet, "D1"),
        };
        var dimensions = new ChartCategories(ChartRange.Of(DimensionSheet, "A2:A6"), Dimensions);
        var city = new ChartSeries("本市", ChartRange.Of(DimensionSheet, "B2:B6"), CityByDimension) { NameRef = ChartRange.Of(DimensionSheet, "B1") };
        var province = new ChartSeries("全省", ChartRange.Of(DimensionSheet, "C2:C6"), ProvinceByDimension) { NameRef = ChartRange.Of(DimensionSheet, "C1") };
        var periods = new ChartCategories(ChartRange.Of(TrendSheet, "A2:A7"), Periods);
        var cityTrend = new ChartSeries("广州", ChartRange.Of(TrendSheet, "B2:B7"), CityTrend);
        var provinceTrend = new ChartSeries("全省", ChartRange.Of(TrendSheet, "C2:C7"), ProvinceTrend);

        return
        [
            (OverviewSheet, new ChartSpec
            {
                Kind = ChartKind.ClusteredBar, Title = "各地市暗访得分排名", Categories = cities, Series = [score],
                Anchor = CellAnchor.Cells("A3:H24"), AxisMin = 60, AxisMax = 100, ShowValues = true,
            }),
            (OverviewSheet, new ChartSpec
            {
                Kind = ChartKind.ClusteredColumn, Title = "分维度得分：本市与全省", Categories = dimensions, Series = [city, province],
                Anchor = CellAnchor.Cells("I3:P24"), AxisMin = 60, AxisMax = 100, ShowValues = true,
            }),
            (OverviewSheet, new ChartSpec
            {
                Kind = ChartKind.Line, Title = "近六期得分走势", Categories = periods, Series = [cityTrend, provinceTrend],
                Anchor = CellAnchor.Cells("A26:H46"), AxisMin = 75, AxisMax = 90, ValueAxisTitle = "暗访得分",
            }),
            (OverviewSheet, new ChartSpec
            {
                Kind = ChartKind.Radar, Title = "维度画像：本市与全省", Categories = dimensions, Series = [city, province],
                Anchor = CellAnchor.Cells("I26:P46"), AxisMin = 60, AxisMax = 100,
            }),
            (RankingSheet, new ChartSpec
            {
                Kind = ChartKind.ClusteredBar, Title = "各地市暗访得分", Categories = cities, Series = [score],
                Anchor = CellAnchor.Cells("F2:N22"), AxisMin = 60, AxisMax = 100, ShowValues = true,
            }),
            (RankingSheet, new ChartSpec
            {
                Kind = ChartKind.ClusteredBar, Title = "本期与上期得分", Categories = cities, Series = [score, previous],
                Anchor = CellAnchor.Cells("O2:W22"), AxisMin = 60, AxisMax = 100,
            }),
            (RankingSheet, new ChartSpec
            {
                Kind = ChartKind.ClusteredColumn, Title = "各地市得分（柱形）", Categories = cities, Series = [score],
                Anchor = CellAnchor.Cells("F24:W42"), AxisMin = 60, ValueAxisTitle = "暗访得分", ShowValues = true,
            }),
            (RankingSheet, new ChartSpec
            {
                Kind = ChartKind.Line, Title = "各地市本期与上期", Categories = cities, Series = [score, previous],
                Anchor = CellAnchor.Cells("F44:W60"), AxisMin = 60, AxisMax = 100,
            }),
            (DimensionSheet, new ChartSpec
            {
                Kind = ChartKind.ClusteredColumn, Title = "分维度得分：本市与全省", Categories = dimensions, Series = [city, province],
                Anchor = CellAnchor.Cells("E2:M20"), AxisMin = 60, AxisMax = 100, ShowValues = true,
            }),
            (DimensionSheet, new ChartSpec
            {
                Kind = ChartKind.Radar, Title = "维度画像（雷达）", Categories = dimensions, Series = [city, province],
                Anchor = CellAnchor.Cells("N2:V20"), AxisMin = 60, AxisMax = 100,
            }),
            (DimensionSheet, new ChartSpec
            {
                Kind = ChartKind.Radar, Title = "本市维度画像", Categories = dimensions, Series = [city],
                Anchor = CellAnchor.Cells("E22:M40"), AxisMin = 50, AxisMax = 100, ShowValues = true,
            }),
            (TrendSheet, new ChartSpec
            {
                Kind = ChartKind.Line, Title = "近六期得分走势", Categories = periods, Series = [cityTrend, provinceTrend],
                Anchor = CellAnchor.Cells("E2:M20"), AxisMin = 70, AxisMax = 95, ShowValues = true, ValueAxisTitle = "暗访得分",
            }),
        ];
    }
}
