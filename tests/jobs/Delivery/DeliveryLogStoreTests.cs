using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Delivery;
using Satisfaction.Jobs.Tests.Store;

namespace Satisfaction.Jobs.Tests.Delivery;

/// <summary>The delivery record is one set of queries over either store: the same answers from SQLite and PostgreSQL.</summary>
public sealed class DeliveryLogStoreTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("satisfaction-deliverylog-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [SkippableTheory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void AttemptsAreRecordedAndADeliveredContentIsKnownOnEitherStore(string kind)
    {
        using var store = StoreUnderTest.Create(kind);
        using (var opened = store.Open(_data))
        {
            opened.Migrate();
        }

        var settings = new StoreSettings { Kind = kind == "postgres" ? StoreKind.Postgres : StoreKind.Sqlite, Connection = store.ConnectionString, DataFolder = _data };
        using (var log = DeliveryLogs.Open(settings))
        {
            log.Record(Attempt("南京", DeliveryOutcome.Failed, attempt: 1, error: "554 mailbox unavailable"));
            log.Record(Attempt("南京", DeliveryOutcome.Delivered, attempt: 2, error: null));
            log.Record(Attempt("苏州", DeliveryOutcome.Failed, attempt: 1, error: "disk full"));
        }

        // A second open (another worker, a later job) finds the table made and the attempts kept.
        using var again = DeliveryLogs.Open(settings);
        Assert.True(again.AlreadyDelivered("南京", DeliveryChannel.Mail, "2026Q3/南京.xlsx", "content-1"));
        Assert.False(again.AlreadyDelivered("南京", DeliveryChannel.Mail, "2026Q3/南京.xlsx", "content-2"));
        Assert.False(again.AlreadyDelivered("南京", DeliveryChannel.Folder, "2026Q3/南京.xlsx", "content-1"));
        Assert.False(again.AlreadyDelivered("苏州", DeliveryChannel.Mail, "2026Q3/南京.xlsx", "content-1"));
        Assert.Equal((1, 2), again.Totals());

        var recent = again.Recent(2);
        Assert.Equal(["苏州", "南京"], recent.Select(a => a.Office));
        Assert.Equal(DeliveryOutcome.Failed, recent[0].Outcome);
        Assert.Equal("disk full", recent[0].Error);
        Assert.Equal(2, recent[1].Attempt);
        Assert.Equal(new DateTime(2026, 10, 5, 8, 30, 0, DateTimeKind.Utc), recent[1].AttemptedUtc);
    }

    private static DeliveryAttempt Attempt(string office, DeliveryOutcome outcome, int attempt, string? error) => new()
    {
        Office = office,
        Channel = DeliveryChannel.Mail,
        Period = "2026Q3",
        Workbook = "2026Q3/南京.xlsx",
        Sha256 = "sha-1",
        ContentHash = "content-1",
        Target = "office@example.cn",
        AttemptedUtc = new DateTime(2026, 10, 5, 8, 30, 0, DateTimeKind.Utc),
        Outcome = outcome,
        Attempt = attempt,
        Error = error,
    };
}
