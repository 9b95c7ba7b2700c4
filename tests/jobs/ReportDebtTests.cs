using System.Diagnostics;
using System.Text.Json;
using Satisfaction.Jobs.Tests.Cli;

namespace Satisfaction.Jobs.Tests;

// A file's rows reach the workbooks even when the pass that loaded them failed or was killed before its
// workbooks were in place: what is owed is recorded with the file's commit and cleared only once written.
// A killed write leaves nothing half-written where offices look, and the next start clears it away.
public sealed class ReportDebtTests : IDisposable
{
    private readonly RunFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void RowsLoadedByARunKilledBeforeItsWorkbooksReachThemOnTheNextRun()
    {
        _folder.AddSurvey("01-满意度.csv", ("R1", RunFolder.Nanjing, "2026-07-05"), ("R2", RunFolder.Nanjing, "2026-07-05"), ("R3", RunFolder.Nanjing, "2026-07-05"));
        Assert.Equal(0, ChildProcess.Run(null, _folder.RunArgs()).ExitCode);
        _folder.AddSurvey("02-满意度.csv", ("R4", RunFolder.Nanjing, "2026-07-06"), ("R5", RunFolder.Nanjing, "2026-07-06"));

        var killed = ChildProcess.Run(new Dictionary<string, string> { ["SATISFACTION_CRASH_AT"] = "after-move" }, _folder.RunArgs());
        var owedAfterKill = Owed();
        var next = ChildProcess.Run(null, _folder.RunArgs());

        Assert.NotEqual(0, killed.ExitCode);
        Assert.Equal(["02-满意度.csv"], owedAfterKill);
        Assert.True(next.ExitCode == 0, next.Error);
        Assert.DoesNotContain("nothing new", next.Output, StringComparison.Ordinal);
        Assert.Contains("an earlier pass did not finish (1 file(s))", next.Output, StringComparison.Ordinal);
        Assert.Equal(5, Screen.Respondents(next.Output, "2026Q3", "南京"));
        Assert.Empty(Owed());
        Assert.Contains("nothing new", ChildProcess.Run(null, _folder.RunArgs()).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AWriteKilledMidWorkbookLeavesNothingWhereOfficesLookAndTheNextRunClearsItAndWritesTheWorkbooks()
    {
        _folder.AddSurvey("01-满意度.csv", ("R1", RunFolder.Nanjing, "2026-07-05"), ("R2", RunFolder.Nanjing, "2026-07-05"));

        var halfWritten = KillWhileAWorkbookIsHalfWritten();
        var next = ChildProcess.Run(null, _folder.RunArgs());

        Assert.StartsWith(Path.Combine(_folder.Out, ".writing") + Path.DirectorySeparatorChar, halfWritten, StringComparison.Ordinal);
        Assert.True(next.ExitCode == 0, next.Error);
        Assert.Equal(2, Screen.Respondents(next.Output, "2026Q3", "南京"));
        Assert.DoesNotContain(_folder.OutFiles(), f => f.Contains(".tmp", StringComparison.Ordinal));
        Assert.True(File.Exists(_folder.ProvinceWorkbook("2026Q3")));
    }

    [Fact]
    public void AResubmissionThatMovesARowToAnotherPeriodRewritesThePeriodItLeftAndRemovesTheWorkbookLeftWithoutData()
    {
        _folder.AddSurvey("01-满意度.csv", ("R1", RunFolder.Nanjing, "2026-05-10"), ("R2", RunFolder.Suzhou, "2026-05-11"), ("R3", RunFolder.Nanjing, "2026-07-05"));
        var first = ChildProcess.Run(null, _folder.RunArgs());
        var nanjingQ2 = Path.Combine(_folder.Out, "2026Q2", "江苏", "南京", "南京_2026Q2_地市报告.xlsx");
        var nanjingQ2Written = File.Exists(nanjingQ2);
        _folder.AddSurvey("02-满意度-更正.csv", ("R1", RunFolder.Nanjing, "2026-07-06"));

        var corrected = ChildProcess.Run(null, _folder.RunArgs());

        Assert.Equal(2, Screen.Respondents(first.Output, "2026Q2", "江苏"));
        Assert.True(nanjingQ2Written);
        Assert.True(corrected.ExitCode == 0, corrected.Error);
        Assert.Equal(1, Screen.Respondents(corrected.Output, "2026Q2", "江苏"));
        Assert.Equal(2, Screen.Respondents(corrected.Output, "2026Q3", "江苏"));
        Assert.False(File.Exists(nanjingQ2));
        Assert.False(Directory.Exists(Path.GetDirectoryName(nanjingQ2)), "the city's folder of that period is left empty");
        Assert.Contains(nanjingQ2, corrected.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder.Out, "2026Q2", "江苏", "苏州", "苏州_2026Q2_地市报告.xlsx")));
    }

    [Fact]
    public void AFailureAfterIngestShowsOneReasonLogsTheStackTraceUnderTheDataFolderAndLeavesTheWorkbooksOwed()
    {
        _folder.AddSurvey("01-满意度.csv", ("R1", RunFolder.Nanjing, "2026-07-05"));
        var blocker = Path.Combine(_folder.Data, "report-state.json");
        Directory.CreateDirectory(blocker);

        var failed = ChildProcess.Run(null, _folder.RunArgs());
        Directory.Delete(blocker);
        var owed = Owed();
        var next = ChildProcess.Run(null, _folder.RunArgs());

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("a file operation failed", failed.Error, StringComparison.Ordinal);
        Screen.HasNoStackTrace(failed);
        var log = Assert.Single(Directory.GetFiles(Path.Combine(_folder.Data, "logs"), "satisfaction-*.log"));
        Assert.Contains(log, failed.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", File.ReadAllText(log), StringComparison.Ordinal);
        Assert.Equal(["01-满意度.csv"], owed);
        Assert.True(next.ExitCode == 0, next.Error);
        Assert.DoesNotContain("nothing new", next.Output, StringComparison.Ordinal);
    }

    // Starts a run and kills it (SIGKILL) the moment a temporary workbook appears anywhere under the out
    // folder. Should the rename win the race against the kill, the next run owes the same workbooks: try again.
    private string KillWhileAWorkbookIsHalfWritten()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var child = ChildProcess.Start(null, _folder.RunArgs());
            var clock = Stopwatch.StartNew();
            string? seen = null;
            while (seen is null && !child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                seen = _folder.OutFiles().FirstOrDefault(f => f.Contains(".tmp.", StringComparison.Ordinal));
                Thread.Sleep(seen is null ? 2 : 0);
            }

            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            Assert.True(seen is not null, "no temporary workbook appeared: " + child.StandardError.ReadToEnd());
            if (File.Exists(seen))
            {
                return seen;
            }
        }

        throw new InvalidOperationException("every kill landed after the rename");
    }

    private List<string> Owed()
    {
        var status = ChildProcess.Run(null, "status", "--json", "--data", _folder.Data);
        Assert.True(status.ExitCode == 0, status.Error);
        return [.. JsonDocument.Parse(status.Output).RootElement.EnumerateArray()
            .Where(e => e.GetProperty("reportsOwed").GetBoolean())
            .Select(e => e.GetProperty("file").GetString()!)];
    }
}
