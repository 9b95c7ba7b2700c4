using System.Text;
using ClosedXML.Excel;
using Satisfaction.Samples;
using Satisfaction.Samples.Options;

namespace Satisfaction.Ingest.Tests.Samples;

public sealed class VendorFileGeneratorTests
{
    [Fact]
    public void TheSameSeedWritesTheSameBytes()
    {
        using var temp = new TempDirectory();
        var options = SampleData.Options() with { Messy = true, BadRowFraction = 0.1 };

        new VendorFileGenerator(options with { Ids = new IdAllocator() }).WriteMysteryFile(temp.File("a.csv"));
        new VendorFileGenerator(options with { Ids = new IdAllocator() }).WriteMysteryFile(temp.File("b.csv"));
        new VendorFileGenerator(options with { Ids = new IdAllocator(), Seed = 8 }).WriteMysteryFile(temp.File("c.csv"));

        Assert.Equal(File.ReadAllBytes(temp.File("a.csv")), File.ReadAllBytes(temp.File("b.csv")));
        Assert.NotEqual(File.ReadAllBytes(temp.File("a.csv")), File.ReadAllBytes(temp.File("c.csv")));
    }

    [Fact]
    public void ALargeSurveyCsvHoldsTheReportedRowCountWithUniqueIds()
    {
        // Its speed is the benchmarks' (survey-csv), not a timed test's: a shared machine made a time limit flaky.
        using var temp = new TempDirectory();
        var options = SampleData.Options() with { ResponsesPerOutlet = 736, Format = FileFormat.CsvUtf8 };

        var report = new VendorFileGenerator(options).WriteSurveyFile(temp.File("big.csv"));

        var expected = SampleData.Outlets.Count * 736;
        Assert.True(expected >= 200_000);
        Assert.Equal(expected, report.DataRows);
        var data = SampleData.DataRows(SampleData.ReadAll(temp.File("big.csv"), Encoding.UTF8), report.HeaderRowNumber);
        Assert.Equal(expected, data.Count);
        Assert.Equal(expected, data.Select(r => r[0]).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("MY-2026Q3-000001", data[0][0]);
    }

    [Fact]
    public void MessyModePlantsExactlyTheReportedBadRows()
    {
        using var temp = new TempDirectory();
        var options = SampleData.Options() with { Messy = true, BadRowFraction = 0.08, Format = FileFormat.CsvGb18030 };

        var report = new VendorFileGenerator(options).WriteMysteryFile(temp.File("messy.csv"));

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var rows = SampleData.ReadAll(temp.File("messy.csv"), Encoding.GetEncoding("GB18030"));
        var header = rows[report.HeaderRowNumber - 1];
        var data = SampleData.DataRows(rows, report.HeaderRowNumber);
        var a1 = Array.FindIndex(header, h => h.StartsWith("A1", StringComparison.Ordinal));
        var byId = data.Where(r => r[0].Length > 0).GroupBy(r => r[0]).Where(g => g.Count() > 1).ToList();

        Assert.Equal(report.DataRows, data.Count);
        Assert.All(Enum.GetValues<BadRowKind>(), kind => Assert.True(report.BadRows[kind] > 0, $"no {kind} planted"));
        Assert.Equal(report.BadRows[BadRowKind.MissingId], data.Count(r => r[0].Length == 0));
        Assert.Equal(report.BadRows[BadRowKind.UnknownOutlet], data.Count(r => r.Any(c => c.Contains("火星路", StringComparison.Ordinal))));
        Assert.Equal(report.BadRows[BadRowKind.ImpossibleDate], data.Count(r => r.Any(c => c.EndsWith("-02-30", StringComparison.Ordinal) || c.EndsWith("-09-31", StringComparison.Ordinal))));
        Assert.Equal(report.BadRows[BadRowKind.AnswerOutOfRange], data.Count(r => r[a1] == "7"));
        Assert.Equal(report.BadRows[BadRowKind.ConflictingDuplicate], byId.Where(g => g.Select(r => string.Join('\u001f', r)).Distinct().Count() > 1).Sum(g => g.Count()));
        Assert.Equal(report.IdenticalDuplicates, byId.Count(g => g.Select(r => string.Join('\u001f', r)).Distinct().Count() == 1));
        Assert.Equal(report.DataRows - report.RejectedRows - report.IdenticalDuplicates, report.ExpectedLoadedRows);
        Assert.Contains("联系电话", header);
        Assert.Contains(header, h => h.StartsWith('Ａ'));
        Assert.All(report.PlantedRows.Where(p => p.Kind != BadRowKind.MissingId), p => Assert.Equal(p.Id, rows[p.RowNumber - 1][0]));
    }

    [Fact]
    public void CleanFilesHaveNoBadRowsAndKeepCodesAsText()
    {
        using var temp = new TempDirectory();
        var report = new VendorFileGenerator(SampleData.Options() with { VisitsPerOutlet = 1 }).WriteMysteryFile(temp.File("clean.csv"));

        var data = SampleData.DataRows(SampleData.ReadAll(temp.File("clean.csv"), Encoding.UTF8), report.HeaderRowNumber);

        Assert.Equal(0, report.RejectedRows);
        Assert.Equal(SampleData.Outlets.Count, data.Count);
        Assert.Equal(SampleData.Outlets.Select(o => o.Code).Order(), data.Select(r => r[2]).Order());
        Assert.Equal("AF-2026Q3-0001", data[0][0]);
    }

    [Fact]
    public void ATwoRowWorkbookHeaderMergesGroupsAcrossAndFixedColumnsDown()
    {
        using var temp = new TempDirectory();
        var options = SampleData.Options() with
        {
            Outlets = [.. SampleData.Outlets.Take(5)],
            Format = FileFormat.Xlsx,
            Header = HeaderStyle.TwoRowGrouped,
            TitleRow = true,
            HiddenFirstSheet = true,
        };

        var report = new VendorFileGenerator(options).WriteMysteryFile(temp.File("two-row.xlsx"));

        using var workbook = new XLWorkbook(temp.File("two-row.xlsx"));
        Assert.Equal(XLWorksheetVisibility.Hidden, workbook.Worksheet(1).Visibility);
        var sheet = workbook.Worksheet(2);
        Assert.Equal(3, report.HeaderRowNumber);
        Assert.Contains(sheet.MergedRanges, r => r.RangeAddress.ToString() == "G2:M2" && sheet.Cell("G2").GetString() == "服务亲和");
        Assert.Contains(sheet.MergedRanges, r => r.RangeAddress.ToString() == "A2:A3" && sheet.Cell("A2").GetString() == "访问编号");
        Assert.StartsWith("A1 ", sheet.Cell("G3").GetString(), StringComparison.Ordinal);
        Assert.Equal(XLDataType.Text, sheet.Cell("C4").DataType);
        Assert.Equal(SampleData.Outlets[0].Code, sheet.Cell("C4").GetString());
        Assert.Equal(10, report.DataRows);
    }

    [Fact]
    public void ASetByCityWritesOneFileEachWithIdsUniqueAcrossTheSet()
    {
        using var temp = new TempDirectory();

        var reports = new VendorFileGenerator(SampleData.Options() with { ResponsesPerOutlet = 3 })
            .WriteSurveyFiles(temp.Path, "满意度", FileSplit.ByCity);

        Assert.Equal(13, reports.Count);
        var ids = reports.SelectMany(r => SampleData.DataRows(SampleData.ReadAll(r.Path, Encoding.UTF8), r.HeaderRowNumber)).Select(r => r[0]).ToList();
        Assert.Equal(SampleData.Outlets.Count * 3, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void OverallSatisfactionFollowsAttitudeAndEfficiency()
    {
        using var temp = new TempDirectory();
        var report = new VendorFileGenerator(SampleData.Options() with { ResponsesPerOutlet = 10 }).WriteSurveyFile(temp.File("s.csv"));
        var rows = SampleData.ReadAll(temp.File("s.csv"), Encoding.UTF8);
        var header = rows[report.HeaderRowNumber - 1];
        var data = SampleData.DataRows(rows, report.HeaderRowNumber);
        int Col(string code) => Array.IndexOf(header, code);
        var answered = data.Where(r => r[Col("S9")].Length > 0 && r[Col("S4")].Length > 0 && r[Col("S6")].Length > 0 && r[Col("S1")].Length > 0).ToList();

        double Corr(string code) => Correlation(answered.Select(r => double.Parse(r[Col(code)], System.Globalization.CultureInfo.InvariantCulture)).ToArray(), answered.Select(r => double.Parse(r[Col("S9")], System.Globalization.CultureInfo.InvariantCulture)).ToArray());

        Assert.True(Corr("S4") > Corr("S2") && Corr("S6") > Corr("S2"), $"S4 {Corr("S4")}, S6 {Corr("S6")}, S2 {Corr("S2")}");
        Assert.True(data.Count(r => r[Col("S8")].Length == 0) > data.Count / 2, "S8 should be mostly N/A");
    }

    private static double Correlation(double[] x, double[] y)
    {
        var mx = x.Average();
        var my = y.Average();
        var sxy = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        return sxy / Math.Sqrt(x.Sum(v => (v - mx) * (v - mx)) * y.Sum(v => (v - my) * (v - my)));
    }
}
