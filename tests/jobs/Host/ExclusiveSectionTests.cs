using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Hosting;
using Satisfaction.Jobs.Tests.Store;

namespace Satisfaction.Jobs.Tests.Host;

/// <summary>The section one inbox scan at a time goes through, on each store's own mechanism.</summary>
public sealed class ExclusiveSectionTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("satisfaction-section").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [SkippableTheory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public async Task ASecondHolderWaitsForTheFirstAndEntersOnceItLeaves(string kind)
    {
        using var store = StoreUnderTest.Create(kind);
        var settings = Settings(store);

        var first = await ExclusiveSection.EnterAsync(settings, "scan", TimeSpan.FromSeconds(1), CancellationToken.None);
        var refused = await Assert.ThrowsAsync<TimeoutException>(() => ExclusiveSection.EnterAsync(settings, "scan", TimeSpan.FromMilliseconds(600), CancellationToken.None));
        Assert.Contains("scan", refused.Message, StringComparison.Ordinal);

        var waiting = ExclusiveSection.EnterAsync(settings, "scan", TimeSpan.FromSeconds(30), CancellationToken.None);
        await Task.Delay(400);
        Assert.False(waiting.IsCompleted);
        await first.DisposeAsync();
        await using var second = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public async Task SectionsOfOtherNamesDoNotWaitForEachOther(string kind)
    {
        using var store = StoreUnderTest.Create(kind);
        var settings = Settings(store);

        await using var scan = await ExclusiveSection.EnterAsync(settings, "scan", TimeSpan.FromSeconds(1), CancellationToken.None);
        await using var other = await ExclusiveSection.EnterAsync(settings, "plan", TimeSpan.FromSeconds(1), CancellationToken.None);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public async Task AWaitThatIsCancelledStopsWaiting(string kind)
    {
        using var store = StoreUnderTest.Create(kind);
        var settings = Settings(store);
        await using var held = await ExclusiveSection.EnterAsync(settings, "scan", TimeSpan.FromSeconds(1), CancellationToken.None);

        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExclusiveSection.EnterAsync(settings, "scan", TimeSpan.FromMinutes(5), cancel.Token));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void AJobThreadEntersByNameHoweverTheNameIsSpelt(string kind)
    {
        using var store = StoreUnderTest.Create(kind);
        var settings = Settings(store);
        const string Delivery = "satisfaction:deliver:江苏/南京:mail:2026Q3/江苏/南京/南京_2026Q3_地市报告.xlsx";

        using (ExclusiveSection.Enter(settings, Delivery, TimeSpan.FromSeconds(1), CancellationToken.None))
        {
            Assert.Throws<TimeoutException>(() => ExclusiveSection.Enter(settings, Delivery, TimeSpan.FromMilliseconds(300), CancellationToken.None));
        }

        using var again = ExclusiveSection.Enter(settings, Delivery, TimeSpan.FromSeconds(1), CancellationToken.None);
    }

    private StoreSettings Settings(StoreUnderTest store) => store.ConnectionString is { } connection
        ? new StoreSettings { Kind = StoreKind.Postgres, Connection = connection, DataFolder = _data }
        : new StoreSettings { DataFolder = _data };
}
