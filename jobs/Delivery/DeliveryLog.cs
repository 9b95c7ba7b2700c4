using Microsoft.Extensions.Logging;

namespace Satisfaction.Jobs.Delivery;

/// <summary>The delivery jobs' log messages (source-generated), each with the office, channel and workbook.</summary>
public static partial class DeliveryLog
{
    [LoggerMessage(101, LogLevel.Information, "Delivered {Workbook} to {Office} by {Channel}: {Target}")]
    public static partial void Delivered(ILogger logger, string workbook, string office, string channel, string target);

    [LoggerMessage(102, LogLevel.Information, "Not delivered again: {Office} already has this content of {Workbook} by {Channel}")]
    public static partial void Skipped(ILogger logger, string workbook, string office, string channel);

    [LoggerMessage(103, LogLevel.Information, "Nothing to deliver of {Workbook} to {Office}: {Reason}")]
    public static partial void Dropped(ILogger logger, string workbook, string office, string reason);

    [LoggerMessage(104, LogLevel.Warning, "Delivery of {Workbook} to {Office} by {Channel} failed (attempt {Attempt}): {Error}")]
    public static partial void Failed(ILogger logger, string workbook, string office, string channel, int attempt, string error);

    [LoggerMessage(105, LogLevel.Information, "Queued {Count} delivery job(s) for {Workbook}")]
    public static partial void Queued(ILogger logger, int count, string workbook);
}
