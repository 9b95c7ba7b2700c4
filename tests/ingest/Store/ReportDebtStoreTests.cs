using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Tests.Support;

namespace Satisfaction.Ingest.Tests.Store;

// What a file owes the workbooks is recorded with its own commit: an archived file owes them until a
// report pass marks it reported; a duplicate or quarantined file owes nothing.
public sealed class ReportDebtStoreTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void AnArchivedFileOwesItsWorkbooksFromItsCommitUntilMarkedReported()
    {
        VendorCsv.Write(_harness.Inbox, "01.csv", [VendorCsv.SurveyHeader, VendorCsv.SurveyRow("R1")], modifiedUtc: DateTime.UtcNow.AddMinutes(-3));
        VendorCsv.Write(_harness.Inbox, "02-copy.csv", [VendorCsv.SurveyHeader, VendorCsv.SurveyRow("R1")], modifiedUtc: DateTime.UtcNow.AddMinutes(-2));
        VendorCsv.Write(_harness.Inbox, "03-broken.csv", ["nothing,here", "1,2"], modifiedUtc: DateTime.UtcNow.AddMinutes(-1));

        var files = _harness.Run().Files;

        Assert.Equal([FileOutcome.Archived, FileOutcome.Duplicate, FileOutcome.Quarantined], files.Select(f => f.Outcome));
        Assert.Equal([files[0].Id], _harness.Store.FilesOwingReports());
        Assert.True(_harness.Store.Ledger()[0].ReportsOwed);
        _harness.Store.MarkReported([files[0].Id]);
        Assert.Empty(_harness.Store.FilesOwingReports());
        Assert.False(_harness.Store.Ledger()[0].ReportsOwed);
    }

    [Fact]
    public void TheDatesAndOutletsOfTheRowsAFileReplacedAreKnownSoTheirProvincePeriodsAreRewrittenToo()
    {
        VendorCsv.Write(_harness.Inbox, "01.csv", [VendorCsv.SurveyHeader, VendorCsv.SurveyRow("R1", date: "2026-05-10"), VendorCsv.SurveyRow("R2", date: "2026-05-11")], modifiedUtc: DateTime.UtcNow.AddMinutes(-2));
        var first = _harness.RunOne();
        VendorCsv.Write(_harness.Inbox, "02-fix.csv", [VendorCsv.SurveyHeader, VendorCsv.SurveyRow("R1", date: "2026-07-06")], modifiedUtc: DateTime.UtcNow.AddMinutes(-1));
        var fix = _harness.RunOne();

        var places = _harness.Store.PlacesReplacedBy([fix.Id]);

        Assert.Contains(new ReplacedPlace(new DateOnly(2026, 5, 10), "0250101"), places);
        Assert.DoesNotContain(places, p => p.Date == new DateOnly(2026, 5, 11));
        Assert.Empty(_harness.Store.PlacesReplacedBy([first.Id]));
    }
}
