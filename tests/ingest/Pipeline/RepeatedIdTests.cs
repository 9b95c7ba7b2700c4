using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Tests.Support;
using static Satisfaction.Ingest.Tests.Support.VendorCsv;

namespace Satisfaction.Ingest.Tests.Pipeline;

// DATA-CONTRACT.md 2.5 (the same id twice in a file) and 2.6 (resubmissions, arrival order).
public sealed class RepeatedIdTests : IDisposable
{
    private readonly IngestHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void AnIdRepeatedWithIdenticalContentIsKeptOnceWithAWarning()
    {
        Write(_h.Inbox, "s.csv", [SurveyHeader, SurveyRow("R1"), SurveyRow("R2"), SurveyRow("R1"), SurveyRow("R3"), SurveyRow("R4"), SurveyRow("R5")]);

        var entry = _h.RunOne();

        Assert.Equal(5, entry.RowsLoaded);
        Assert.Equal(0, entry.RowsRejected);
        Assert.Equal(1, entry.Warnings);
        Assert.Equal(5, _h.Store.CountCurrent(FileKind.Survey));
    }

    [Fact]
    public void AnIdRepeatedWithDifferentContentRejectsBothRows()
    {
        var rows = Enumerable.Range(1, 10).Select(i => SurveyRow($"R{i}")).Append(SurveyRow("R3", score: 2)).Prepend(SurveyHeader);
        Write(_h.Inbox, "s.csv", rows);

        var entry = _h.RunOne();

        Assert.Equal(FileOutcome.Archived, entry.Outcome);
        Assert.Equal(9, entry.RowsLoaded);
        Assert.Equal(2, entry.RowsRejected);
        Assert.DoesNotContain(_h.Store.Current(FileKind.Survey), r => r.Id == "R3");
    }

    [Fact]
    public void ALaterFileReplacesEarlierRowsWithTheSameIdAndRecordsIt()
    {
        var t = DateTime.UtcNow.AddMinutes(-10);
        Write(_h.Inbox, "first.csv", [SurveyHeader, SurveyRow("R1", score: 3), SurveyRow("R2", score: 3)], modifiedUtc: t);
        Write(_h.Inbox, "second.csv", [SurveyHeader, SurveyRow("R2", score: 9), SurveyRow("R9", score: 9)], modifiedUtc: t.AddMinutes(1));

        var files = _h.Run().Files;

        Assert.Equal(1, files[1].RowsReplaced);
        var current = _h.Store.Current(FileKind.Survey).ToDictionary(r => r.Id);
        Assert.Equal(3, current.Count);
        Assert.Equal(9, current["R2"].Answers["S1"].Value);
        Assert.Equal(files[1].Id, current["R2"].FileId);
        var replacement = Assert.Single(_h.Store.Replacements());
        Assert.Equal(("R2", files[0].Id, 3, files[1].Id, 2), (replacement.RecordId, replacement.OldFileId, replacement.OldRow, replacement.NewFileId, replacement.NewRow));
    }

    [Fact]
    public void ArrivalOrderIsModificationTimeNotName()
    {
        var t = DateTime.UtcNow.AddMinutes(-10);
        Write(_h.Inbox, "a-newer.csv", [SurveyHeader, SurveyRow("R1", score: 9)], modifiedUtc: t.AddMinutes(5));
        Write(_h.Inbox, "z-older.csv", [SurveyHeader, SurveyRow("R1", score: 2)], modifiedUtc: t);

        var files = _h.Run().Files;

        Assert.Equal(["z-older.csv", "a-newer.csv"], files.Select(f => f.Name));
        Assert.Equal(9, Assert.Single(_h.Store.Current(FileKind.Survey)).Answers["S1"].Value);
    }

    [Fact]
    public void EqualModificationTimesAreTakenInNameOrder()
    {
        var t = DateTime.UtcNow.AddMinutes(-10);
        Write(_h.Inbox, "b.csv", [SurveyHeader, SurveyRow("R1", score: 9)], modifiedUtc: t);
        Write(_h.Inbox, "a.csv", [SurveyHeader, SurveyRow("R1", score: 2)], modifiedUtc: t);

        Assert.Equal(["a.csv", "b.csv"], _h.Run().Files.Select(f => f.Name));
    }
}
