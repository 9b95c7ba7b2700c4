using System.Diagnostics;

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
        var clock = Stopwatch.StartNew();
        SampleDrop.Into(Folder.Inbox);
        Eventually.True(
            () => HostLogs.WorkbooksWritten(Folder.Data).Count >= SampleWorkbooks && Workbooks().Count == SampleWorkbooks,
            TimeSpan.FromMinutes(3),
            () => $"{Workbooks().Count} workbooks in the out folder, {HostLogs.WorkbooksWritten(Folder.Data).Count} written in the logs\n{Host.Output}");
        DropToWorkbooks = clock.Elapsed;
        WrittenAtStart = HostLogs.WorkbooksWritten(Folder.Data);
    }

    /// <summary>The workbooks the logs said were written once the samples' were all in place, before any test's rerun.</summary>
    public IReadOnlyList<string> WrittenAtStart { get; }

    public RunFolder Folder { get; }

    public HostProcess Host { get; }

    /// <summary>From the files landing in the inbox to the last of their workbooks written.</summary>
    public TimeSpan DropToWorkbooks { get; }

    public IReadOnlyList<string> Workbooks() => [.. Folder.OutFiles().Where(f => f.EndsWith(".xlsx", StringComparison.Ordinal) && !f.Contains("/.writing/", StringComparison.Ordinal))];

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
