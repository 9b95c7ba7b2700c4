using Microsoft.Extensions.Logging;

namespace Satisfaction.Jobs.Work;

/// <summary>The host's log messages, each with its structured properties (source-generated: nothing is formatted when the level is off).</summary>
public static partial class JobLog
{
    [LoggerMessage(1, LogLevel.Information, "File {Outcome}: {RowsLoaded} row(s) loaded, {RowsRejected} rejected {Reason}")]
    public static partial void FileDone(ILogger logger, string outcome, int rowsLoaded, int rowsRejected, string reason);

    [LoggerMessage(2, LogLevel.Information, "Still being written, left for the next scan: {File}")]
    public static partial void StillChanging(ILogger logger, string file);

    [LoggerMessage(3, LogLevel.Information, "Scan took {Files} file(s); workbooks queued as rebuild {Rebuild}")]
    public static partial void RebuildQueued(ILogger logger, int files, string rebuild);

    [LoggerMessage(4, LogLevel.Information, "Scan took {Files} file(s); no workbook owed")]
    public static partial void NothingOwed(ILogger logger, int files);

    [LoggerMessage(5, LogLevel.Information, "Removed {Workbook}: its scope has no data left in that period")]
    public static partial void StaleRemoved(ILogger logger, string workbook);

    [LoggerMessage(6, LogLevel.Information, "Planned {Count} workbook job(s) settling {Files} file(s)")]
    public static partial void Planned(ILogger logger, int count, int files);

    [LoggerMessage(7, LogLevel.Information, "Settled: {Files} file(s) no longer owe workbooks")]
    public static partial void Settled(ILogger logger, int files);

    [LoggerMessage(8, LogLevel.Information, "Workbook written: {Workbook}")]
    public static partial void WorkbookWritten(ILogger logger, string workbook);

    [LoggerMessage(9, LogLevel.Information, "No data left for {Workbook}: nothing written")]
    public static partial void NoData(ILogger logger, string workbook);

    [LoggerMessage(10, LogLevel.Information, "A file arrived in the inbox: scan {ScanJob} queued")]
    public static partial void ScanQueued(ILogger logger, string scanJob);

    [LoggerMessage(11, LogLevel.Warning, "Could not queue a scan after a file arrived")]
    public static partial void ScanNotQueued(ILogger logger, Exception failure);

    [LoggerMessage(12, LogLevel.Warning, "The inbox watcher lost events; scanning")]
    public static partial void WatcherLost(ILogger logger, Exception? failure);
}
