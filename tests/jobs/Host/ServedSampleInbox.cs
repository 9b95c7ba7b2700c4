using System.Diagnostics;
using Satisfaction.Jobs.Hosting;

namespace Satisfaction.Jobs.Tests.Host;

/// <summary>
/// One host for the tests that share it (the machine has two cores): started on empty folders, the sample
/// inbox dropped into it, and every workbook of the samples written before the first test runs.
/// </summary>
public sealed class ServedSampleInbox : IDisposable
{
    /// <summary>The samples give two quarters, each a province workbook and 13 city workbooks.</summary>
    public const int SampleWorkbooks = 28;

    public ServedSampleInbox()
    {
        Folder = new RunFolder();
        // One retry, a second later: a job failing for good fails within the test's patience.
        Host = HostProcess.Start(Folder, new Dictionary<string, string> { ["SATISFACTION_Host__RetryDelays"] = "1" });
        try
        {
            var clock = Stopwatch.StartNew();
            SampleDrop.Into(Folder.Inbox);
            Eventually.True(
                () => HostLogs.WorkbooksWritten(Folder.Data).Count >= SampleWorkbooks && Workbooks().Count == SampleWorkbooks,
                TimeSpan.FromMinutes(3),
                () => $"{Workbooks().Count} workbooks in the out folder, {HostLogs.WorkbooksWritten(Folder.Data).Count} written in the logs\n{Host.Output}");
            DropToWorkbooks = clock.Elapsed;

            // Tests compare workbooks' times before and after what they do: nothing of the drop may still be running.
            WaitUntilQuiet();
            WrittenAtStart = HostLogs.WorkbooksWritten(Folder.Data);
        }
        catch
        {
            // A fixture that fails is never disposed by xunit: its host must not outlive the test run.
            Dispose();
            throw;
        }
    }

    /// <summary>The workbooks the logs said were written once the samples' were all in place, before any test's rerun.</summary>
    public IReadOnlyList<string> WrittenAtStart { get; }

    public RunFolder Folder { get; }

    public HostProcess Host { get; }

    /// <summary>From the files landing in the inbox to the last of their workbooks written.</summary>
    public TimeSpan DropToWorkbooks { get; }

    public IReadOnlyList<string> Workbooks() => [.. Folder.OutFiles().Where(f => f.EndsWith(".xlsx", StringComparison.Ordinal) && !f.Contains("/.writing/", StringComparison.Ordinal))];

    /// <summary>Waits until the host has no job in hand or waiting (the drop's, or an earlier test's).</summary>
    public void WaitUntilQuiet()
    {
        var monitor = new HostStore(Folder.Data).JobStorage().GetMonitoringApi();
        Eventually.True(() => HostQueues.Quiet(monitor), TimeSpan.FromMinutes(3), () => Host.Output);
    }

    public void Dispose()
    {
        Host.Dispose();
        Folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedSampleHost : ICollectionFixture<ServedSampleInbox>
{
    public const string Name = "a host serving the sample inbox";
}
