using System.Text;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Tests.Support;
using static Satisfaction.Ingest.Tests.Support.VendorCsv;

namespace Satisfaction.Ingest.Tests.Pipeline;

// DATA-CONTRACT.md 2.5–2.7: every file ends archived, duplicate or quarantined, with its reasons.
public sealed class FileOutcomeTests : IDisposable
{
    private readonly IngestHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void ACleanSurveyFileIsArchivedWithEveryRowLoaded()
    {
        Write(_h.Inbox, "survey.csv", [SurveyHeader, SurveyRow("R1"), SurveyRow("R2"), SurveyRow("R3")]);

        var entry = _h.RunOne();

        Assert.Equal(FileOutcome.Archived, entry.Outcome);
        Assert.Equal(FileKind.Survey, entry.Kind);
        Assert.Equal(3, entry.RowsLoaded);
        Assert.Equal(0, entry.RowsRejected);
        Assert.Equal(3, _h.Store.CountCurrent(FileKind.Survey));
        Assert.True(File.Exists(entry.StoredPath));
        Assert.False(File.Exists(Path.Combine(_h.Inbox, "survey.csv")));
        Assert.True(File.Exists(entry.ReportPath));
    }

    [Fact]
    public void AMysteryFileInGb18030WithATitleRowIsArchived()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Write(_h.Inbox, "暗访.csv", ["2026年第三季度暗访结果,,,", MysteryHeader, MysteryRow("V1"), MysteryRow("V2")], Encoding.GetEncoding("GB18030"));

        var entry = _h.RunOne();

        Assert.Equal(FileOutcome.Archived, entry.Outcome);
        Assert.Equal(FileKind.MysteryShop, entry.Kind);
        Assert.Equal(2, entry.RowsLoaded);
        Assert.Contains("header row 2", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void RowErrorsUnderTwentyPercentRejectOnlyThoseRows()
    {
        var rows = Enumerable.Range(1, 9).Select(i => SurveyRow($"R{i}")).Append(SurveyRow("R10", outlet: "9999999")).Prepend(SurveyHeader);
        Write(_h.Inbox, "survey.csv", rows);

        var entry = _h.RunOne();

        Assert.Equal(FileOutcome.Archived, entry.Outcome);
        Assert.Equal(9, entry.RowsLoaded);
        Assert.Equal(1, entry.RowsRejected);
        Assert.Contains("rejected", entry.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void MoreThanTwentyPercentRejectedQuarantinesTheWholeFile()
    {
        var rows = Enumerable.Range(1, 7).Select(i => SurveyRow($"R{i}"))
            .Concat(Enumerable.Range(8, 3).Select(i => SurveyRow($"R{i}", date: "2026-02-30")))
            .Prepend(SurveyHeader);
        Write(_h.Inbox, "survey.csv", rows);

        var entry = _h.RunOne();

        Assert.Equal(FileOutcome.Quarantined, entry.Outcome);
        Assert.Equal(0, entry.RowsLoaded);
        Assert.Equal(3, entry.RowsRejected);
        Assert.Contains("20%", entry.Reasons[0], StringComparison.Ordinal);
        Assert.Equal(0, _h.Store.CountCurrent(FileKind.Survey));
        Assert.Contains("quarantine", entry.StoredPath, StringComparison.Ordinal);
        Assert.True(File.Exists(entry.StoredPath));
    }

    [Fact]
    public void ExactlyTwentyPercentRejectedStillLoads()
    {
        var rows = Enumerable.Range(1, 8).Select(i => SurveyRow($"R{i}"))
            .Concat(Enumerable.Range(9, 2).Select(i => SurveyRow($"R{i}", date: "bad")))
            .Prepend(SurveyHeader);
        Write(_h.Inbox, "survey.csv", rows);

        Assert.Equal(FileOutcome.Archived, _h.RunOne().Outcome);
    }

    [Theory]
    [InlineData("样本编号,营业厅编码,S1,S9", "调查日期")]
    [InlineData("营业厅编码,调查日期,S1,S9", "样本编号")]
    [InlineData("样本编号,调查日期,S1,S9", "营业厅编码或营业厅名称")]
    public void AMissingRequiredColumnQuarantinesTheFileNamingIt(string header, string missing)
    {
        Write(_h.Inbox, "survey.csv", [header, "R1,0250101,8,8"]);

        var entry = _h.RunOne();

        Assert.Equal(FileOutcome.Quarantined, entry.Outcome);
        Assert.Equal(FileKind.Survey, entry.Kind);
        Assert.Contains(missing, entry.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AFileWithNeitherItemsNorQuestionsIsQuarantinedAsOfUnknownKind()
    {
        Write(_h.Inbox, "other.csv", ["访问编号,营业厅编码,访问日期,得分", "V1,0250101,2026-07-05,90"]);

        var entry = _h.RunOne();

        Assert.Equal(FileOutcome.Quarantined, entry.Outcome);
        Assert.Null(entry.Kind);
        Assert.Contains("neither checklist codes", entry.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AHeaderOnlyFileIsQuarantinedForHavingNoDataRows()
    {
        Write(_h.Inbox, "survey.csv", [SurveyHeader]);

        var entry = _h.RunOne();

        Assert.Equal(FileOutcome.Quarantined, entry.Outcome);
        Assert.Contains("no data rows", entry.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnsupportedFileTypeIsQuarantined()
    {
        File.WriteAllText(Path.Combine(_h.Inbox, "notes.pdf"), "%PDF-1.4");

        var entry = _h.RunOne();

        Assert.Equal(FileOutcome.Quarantined, entry.Outcome);
        Assert.Contains(".pdf", entry.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void TotalsNotesAndBlankRowsAreSkippedWithoutError()
    {
        Write(_h.Inbox, "survey.csv", [SurveyHeader, SurveyRow("R1"), ",,,,", SurveyRow("R2"), "合计,,,8,8", "注：数据来自第三方,,,"]);

        var entry = _h.RunOne();

        Assert.Equal(FileOutcome.Archived, entry.Outcome);
        Assert.Equal(2, entry.RowsLoaded);
        Assert.Equal(0, entry.RowsRejected);
        Assert.Equal(3, entry.RowsSkipped);
    }

    [Fact]
    public void TheSameContentUnderAnotherNameIsADuplicateAndLoadsNothing()
    {
        var lines = new[] { SurveyHeader, SurveyRow("R1"), SurveyRow("R2") };
        Write(_h.Inbox, "a.csv", lines, modifiedUtc: DateTime.UtcNow.AddMinutes(-2));
        Write(_h.Inbox, "b.csv", lines, modifiedUtc: DateTime.UtcNow.AddMinutes(-1));

        var files = _h.Run().Files;

        Assert.Equal([FileOutcome.Archived, FileOutcome.Duplicate], files.Select(f => f.Outcome));
        Assert.Equal(files[0].Id, files[1].DuplicateOf);
        Assert.Equal(0, files[1].RowsLoaded);
        Assert.Equal(2, _h.Store.CountCurrent(FileKind.Survey));
        Assert.Contains("duplicates", files[1].StoredPath, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuarantinedFileDroppedAgainIsProcessedAgainNotCalledADuplicate()
    {
        Write(_h.Inbox, "survey.csv", [SurveyHeader]);
        _h.RunOne();
        Write(_h.Inbox, "survey.csv", [SurveyHeader]);

        Assert.Equal(FileOutcome.Quarantined, _h.RunOne().Outcome);
    }
}
