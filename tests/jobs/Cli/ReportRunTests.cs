using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Jobs.Tests.Cli;

// `satisfaction demo` and `run` end to end: scores printed per period, every workbook written where
// REPORTS.md says, valid, convertible by LibreOffice; a changed scheme rescores without reading a file again.
public sealed class ReportRunTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "satisfaction-reportrun", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void TheDemoPrintsProvinceAndCityScoresOfEachPeriodAndWritesEveryWorkbook()
    {
        var demo = ChildProcess.Run(null, "demo", "--folder", _folder);

        Assert.True(demo.ExitCode == 0, demo.Error + demo.Output);
        Assert.Matches(@"2026Q2\s+江苏\s+\d+\.\d", demo.Output);
        Assert.Matches(@"2026Q3\s+江苏\s+\d+\.\d\s+[+-]\d+\.\d", demo.Output);
        Assert.Matches(@"2026Q3\s+南京\s+\d+\.\d", demo.Output);
        foreach (var period in new[] { "2026Q2", "2026Q3" })
        {
            Assert.True(File.Exists(Path.Combine(_folder, "out", period, "江苏", $"江苏_{period}_省分报告.xlsx")));
            Assert.Equal(13, Directory.GetFiles(Path.Combine(_folder, "out", period, "江苏"), "*_地市报告.xlsx", SearchOption.AllDirectories).Length);
        }
    }

    [Fact]
    public void EveryDemoWorkbookPassesTheValidatorAndLibreOfficeConvertsEachKind()
    {
        Assert.Equal(0, ChildProcess.Run(null, "demo", "--folder", _folder).ExitCode);
        var workbooks = Directory.GetFiles(Path.Combine(_folder, "out"), "*.xlsx", SearchOption.AllDirectories);
        Assert.Equal(28, workbooks.Length);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        foreach (var workbook in workbooks)
        {
            using var document = SpreadsheetDocument.Open(workbook, false);
            var errors = validator.Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath} {e.Description}").ToList();
            Assert.True(errors.Count == 0, Path.GetFileName(workbook) + ": " + string.Join("\n", errors.Take(5)));
        }

        var pdf = Path.Combine(_folder, "pdf");
        var chosen = new[] { "江苏_2026Q3_省分报告.xlsx", "南京_2026Q3_地市报告.xlsx" }.Select(n => workbooks.Single(w => Path.GetFileName(w) == n)).ToArray();
        LibreOffice(pdf, chosen);
        foreach (var workbook in chosen)
        {
            var converted = Path.Combine(pdf, Path.GetFileNameWithoutExtension(workbook) + ".pdf");
            Assert.True(File.Exists(converted) && new FileInfo(converted).Length > 20_000, converted);
        }
    }

    [Fact]
    public void AChangedSchemeRescoresEveryPeriodFromTheStoreWithoutReadingAnyFileAgain()
    {
        var demo = ChildProcess.Run(null, "demo", "--folder", _folder);
        Assert.Equal(0, demo.ExitCode);
        var data = Path.Combine(_folder, "data");
        int LedgerCount()
        {
            using var store = SqliteIngestStore.InDataFolder(data);
            return store.Ledger().Count;
        }

        var before = LedgerCount();
        var scheme = Path.Combine(_folder, "scheme-cap.json");
        var samples = Jobs.Settings.DefaultFiles.SamplesFolder()!;
        File.WriteAllText(scheme, File.ReadAllText(Path.Combine(samples, "scheme.json")).Replace("\"veto\": \"zero\"", "\"veto\": \"cap 60\"", StringComparison.Ordinal));
        var args = new[] { "run", "--inbox", Path.Combine(_folder, "inbox"), "--data", data, "--out", Path.Combine(_folder, "out"), "--outlets", Path.Combine(samples, "outlets.csv"), "--stable-seconds", "0" };

        var unchanged = ChildProcess.Run(null, args);
        var rescored = ChildProcess.Run(null, [.. args, "--scheme", scheme]);

        Assert.Contains("nothing new", unchanged.Output, StringComparison.Ordinal);
        Assert.True(rescored.ExitCode == 0, rescored.Error);
        Assert.Contains("0 file(s)", rescored.Output, StringComparison.Ordinal);
        Assert.Matches(@"2026Q2\s+江苏", rescored.Output);
        Assert.Matches(@"2026Q3\s+江苏", rescored.Output);
        Assert.Equal(before, LedgerCount());

        // Capping vetoed visits at 60 instead of zeroing them can only raise the province score.
        Assert.True(ProvinceScore(rescored.Output) > ProvinceScore(demo.Output), $"{ProvinceScore(demo.Output)} → {ProvinceScore(rescored.Output)}");
    }

    [Fact]
    public void ANewFileRewritesOnlyThePeriodsItTouches()
    {
        Assert.Equal(0, ChildProcess.Run(null, "demo", "--folder", _folder).ExitCode);
        var workbooks = Directory.GetFiles(Path.Combine(_folder, "out"), "*.xlsx", SearchOption.AllDirectories);
        var old = DateTime.UtcNow.AddDays(-1);
        foreach (var workbook in workbooks)
        {
            File.SetLastWriteTimeUtc(workbook, old);
        }

        File.WriteAllText(
            Path.Combine(_folder, "inbox", "late-survey.csv"),
            "样本编号,营业厅编码,调查日期,S1,S2,S3,S4,S5,S6,S7,S8,S9,S10\r\nLATE-1,0250101,2026-09-30,9,9,9,9,9,9,9,,9,10\r\n");
        var samples = Jobs.Settings.DefaultFiles.SamplesFolder()!;
        var run = ChildProcess.Run(null, "run", "--inbox", Path.Combine(_folder, "inbox"), "--data", Path.Combine(_folder, "data"), "--out", Path.Combine(_folder, "out"),
            "--outlets", Path.Combine(samples, "outlets.csv"), "--scheme", Path.Combine(samples, "scheme.json"), "--stable-seconds", "0");

        Assert.True(run.ExitCode == 0, run.Error);
        var rewritten = workbooks.Where(w => File.GetLastWriteTimeUtc(w) > old).ToList();
        Assert.Equal(14, rewritten.Count);
        Assert.All(rewritten, w => Assert.Contains("2026Q3", w, StringComparison.Ordinal));
    }

    [Fact]
    public void RerunRebuildsOnlyTheWorkbookAskedFor()
    {
        Assert.Equal(0, ChildProcess.Run(null, "demo", "--folder", _folder).ExitCode);
        var workbooks = Directory.GetFiles(Path.Combine(_folder, "out"), "*.xlsx", SearchOption.AllDirectories);
        var old = DateTime.UtcNow.AddDays(-1);
        foreach (var workbook in workbooks)
        {
            File.SetLastWriteTimeUtc(workbook, old);
        }

        var rerun = ChildProcess.Run(null, "rerun", "--period", "2026Q3", "--city", "南京", "--data", Path.Combine(_folder, "data"), "--out", Path.Combine(_folder, "out"));
        var missing = ChildProcess.Run(null, "rerun", "--period", "2025Q1", "--data", Path.Combine(_folder, "data"), "--out", Path.Combine(_folder, "out"));

        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Equal(["南京_2026Q3_地市报告.xlsx"], workbooks.Where(w => File.GetLastWriteTimeUtc(w) > old).Select(Path.GetFileName));
        Assert.Equal(2, missing.ExitCode);
    }

    private static double ProvinceScore(string output) => double.Parse(
        System.Text.RegularExpressions.Regex.Match(output, @"2026Q3\s+江苏\s+(\d+\.\d)").Groups[1].Value,
        System.Globalization.CultureInfo.InvariantCulture);

    private static void LibreOffice(string outDir, string[] files)
    {
        var start = new ProcessStartInfo("/usr/bin/soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { $"-env:UserInstallation=file://{outDir}-profile", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var err = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(4)), "soffice did not finish in 4 minutes");
        Assert.True(process.ExitCode == 0, $"soffice exited {process.ExitCode}: {log.Result}{err.Result}");
    }
}
