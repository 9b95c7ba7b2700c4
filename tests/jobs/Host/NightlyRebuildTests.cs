using Hangfire;
using Satisfaction.Jobs.Hosting;

namespace Satisfaction.Jobs.Tests.Host;

/// <summary>The nightly rebuild, triggered now through the host's own job storage as the dashboard's "trigger now" does.</summary>
[Collection(SharedSampleHost.Name)]
public sealed class NightlyRebuildTests(ServedSampleInbox served)
{
    [Fact]
    public void TheNightlyRebuildWritesEveryWorkbookAgainOnTheSharedWorkers()
    {
        served.WaitUntilQuiet();
        var before = served.Workbooks().ToDictionary(w => w, File.GetLastWriteTimeUtc);
        var writes = HostLogs.WorkbooksWritten(served.Folder.Data).Count;

        new RecurringJobManager(new HostStore(served.Folder.Data).JobStorage()).Trigger(Schedules.RebuildId);

        Eventually.True(
            () => HostLogs.WorkbooksWritten(served.Folder.Data).Count >= writes + ServedSampleInbox.SampleWorkbooks,
            TimeSpan.FromMinutes(3),
            () => served.Host.Output);
        Assert.All(before, w => Assert.True(File.GetLastWriteTimeUtc(w.Key) > w.Value, w.Key));
        Assert.Equal(ServedSampleInbox.SampleWorkbooks, served.Workbooks().Count);
    }
}
