using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Reports.Tests.Support;

/// <summary>Small province and city reports built by hand, with the awkward vendor text a real one can hold.</summary>
public static class HandMadeReports
{
    public const string PhoneComment = "客户13812345678反映等候时间长";
    public const string FormulaComment = "=HYPERLINK(\"http://x\")";

    /// <summary>A mobile number as typed with a country code and hyphens, and an old 15-digit ID card.</summary>
    public const string SeparatedPhoneComment = "客户+86 139-1234-5678要求回电，证件320102900101123";

    /// <summary>A mobile number typed in full-width digits (a Chinese input method's default).</summary>
    public const string FullWidthShopper = "１３９１２３４５６７８";

    public static ScoringScheme Scheme { get; } = SchemeLoader.Load(Satisfaction.Tests.Shared.SampleFiles.Path("scheme.json"));

    private static readonly double?[] Dims = [92.5, 88.0, 70.25, 81.0, 95.0];

    public static ProvinceReport Province() => new()
    {
        Province = "江苏",
        Period = "2026Q3",
        PreviousPeriod = "2026Q2",
        Scheme = new SchemeDescription(Scheme, "data-samples/scheme.json"),
        Summary = new ScopeSummary { Scope = "江苏", Score = 85.4, PreviousScore = 83.0, Change = 2.4, Best = ("南京", 90.1), Worst = ("宿迁", 78.2), Outlets = 3, Visits = 6, VetoedVisits = 1, SatisfactionIndex = 81.2, Nps = 12.5, Respondents = 250 },
        CityRanking =
        [
            new(1, "南京", 90.1, Dims, 2, 4, 88.0, 2.1, new ChangeTest(2.5, 10, 0.03, 2, 2)),
            new(2, "宿迁", 78.2, [80.0, null, 70.0, 75.0, 90.0], 1, 2, null, null, null),
        ],
        OutletRanking =
        [
            new(1, "南京", "0250101", "南京新街口旗舰店", 92.0, Dims, 2, "良好", false, 90.0, 2.0),
            new(null, "宿迁", "05270101", "宿迁幸福路营业厅", 78.2, Dims, 1, "待改进", true, null, null),
        ],
        Dimensions = Scheme.Dimensions.Select((d, i) => new DimensionComparisonRow(d.Name, null, Dims[i], null)).ToList(),
        ItemLoss = [new("A1", "站姿、坐姿、走姿规范", "服务亲和", 6, 0.1667, 0.1667), new("V1", "未与客户争吵", null, 6, null, 0.1667)],
        VetoVisits = [new("AF-0001", "宿迁", "05270101", "宿迁幸福路营业厅", new DateOnly(2026, 7, 5), ["V1", "V3"])],
        SatisfactionByCity = [new("南京", null, 82.0, 80.0, 84.0, 85.0, 0.45, 20.0, 240, false, 1, 80.0, 2.0, null), new("宿迁", null, 60.0, null, null, 60.0, 0.1, -30.0, 10, false, 2, null, null, null)],
        Satisfaction = new("江苏", null, 81.2, 79.0, 83.4, 84.0, 0.44, 12.5, 250, false, null, null, null, null),
        Drivers = new DriverSummary(
            [new("S4", "服务态度", 0.4, 80.0, "优先改进"), new("S6", "办理效率", 0.3, 90.0, "保持优势"), new("S1", "营业环境", 0.3, 85.0, "维持现状")], null, 240, 0.62),
        Trend = [new("2026Q2", "江苏", 83.0), new("2026Q3", "江苏", 85.4), new("2026Q2", "南京", 88.0), new("2026Q3", "南京", 90.1), new("2026Q3", "宿迁", 78.2)],
        Visits =
        [
            ("南京", new VisitRow("AF-0009", "0250101", "南京新街口旗舰店", new DateOnly(2026, 9, 30), 91.0, Dims, false, "身份证320102199001011234复印件留存", "JS-03")),
            ("南京", new VisitRow("AF-0010", "0250101", "南京新街口旗舰店", new DateOnly(2026, 9, 30), 90.0, Dims, false, SeparatedPhoneComment, FullWidthShopper)),
        ],
        VisitScores = [95, 91, 88.5, 80, 0, 76],
        Correlations = [new("江苏", 0.42, 3)],
        Quality = new QualityFlags([new("MY-1", "南京", "0250101", "南京新街口旗舰店", 10, 7)], [new("JS-SH-017", 4, 2, 12.5, "偏宽")], ["0259999"])
        {
            DisallowedAnswers = [new(FileKind.MysteryShop, "AF-0007", new Outlet("江苏", "南京", "0250101", "南京新街口旗舰店", [], null), new DateOnly(2026, 7, 9), "D1", "6", "0–4 分 / 0–4 points")],
        },
        Inputs = [new("01-暗访.csv", new string('a', 64), 4, 1)],
    };

    public static CityReport City() => new()
    {
        Province = "江苏",
        City = "南京",
        Period = "2026Q3",
        PreviousPeriod = "2026Q2",
        Scheme = new SchemeDescription(Scheme, "data-samples/scheme.json"),
        Summary = new ScopeSummary { Scope = "南京", Score = 90.1, Rank = 1, RankedAmong = 2, Outlets = 2, Visits = 4, Respondents = 240 },
        OutletRanking = [new(1, "南京", "0250101", "南京新街口旗舰店", 92.0, Dims, 2, "良好", false, 90.0, 2.0), new(2, "南京", "0250102", "南京湖南路旗舰店", 88.2, Dims, 2, "达标", false, null, null)],
        DimensionComparison = Scheme.Dimensions.Select((d, i) => new DimensionComparisonRow(d.Name, Dims[i], 85.0, Dims[i] - 85.0)).ToList(),
        ItemLoss = [new("A1", "站姿、坐姿、走姿规范", "服务亲和", 4, 0.25, 0.25)],
        VetoVisits = [],
        SatisfactionByOutlet = [new("南京新街口旗舰店", "0250101", 82.0, 80.0, 84.0, 85.0, 0.45, 20.0, 40, false, 1, null, null, null)],
        Satisfaction = null,
        Visits =
        [
            new("AF-0001", "0250101", "南京新街口旗舰店", new DateOnly(2026, 7, 5), 95.0, Dims, false, PhoneComment, "JS-01"),
            new("AF-0002", "0250101", "南京新街口旗舰店", new DateOnly(2026, 8, 1), 0.0, Dims, true, FormulaComment, "JS-02"),
            new("AF-0003", "0250101", "南京新街口旗舰店", new DateOnly(2026, 8, 2), 90.0, Dims, false, SeparatedPhoneComment, FullWidthShopper),
        ],
        Drivers = new DriverSummary([], "样本不足 / too few respondents", 120, null),
        Trend = [new("2026Q2", "南京", 88.0), new("2026Q3", "南京", 90.1), new("2026Q2", "江苏", 83.0), new("2026Q3", "江苏", 85.4)],
        VisitScores = [95, 0],
        Inputs = [new("01-暗访.csv", new string('a', 64), 4, 1)],
    };
}
