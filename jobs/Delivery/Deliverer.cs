using System.Security.Cryptography;

namespace Satisfaction.Jobs.Delivery;

/// <summary>
/// Carries out one delivery — one workbook to one office by one channel — the same way for the host's jobs
/// and for <c>run</c>: reads the workbook's bytes once (what is hashed is what is sent), leaves it to a newer
/// delivery if it was rewritten since, skips it if the office already has this content by this channel, and
/// records the attempt, delivered or failed with the error.
/// </summary>
public sealed class Deliverer
{
    private readonly DeliverySettings _settings;
    private readonly string _outFolder;
    private readonly Func<IDeliveryLog> _openLog;
    private readonly TimeProvider _time;

    public Deliverer(DeliverySettings settings, string outFolder, Func<IDeliveryLog> openLog, TimeProvider time)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        ArgumentException.ThrowIfNullOrEmpty(outFolder);
        _outFolder = outFolder;
        _openLog = openLog ?? throw new ArgumentNullException(nameof(openLog));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>Called at named points of a delivery (<c>delivery-copy</c>: half a copy written): the crash tests kill the process there.</summary>
    public Action<string>? Checkpoint { get; init; }

    /// <summary>
    /// Held around the check and the delivery, so that two workers never send the same content to the same office
    /// at once (the host takes a distributed lock in Hangfire's storage; <c>run</c> delivers one at a time).
    /// </summary>
    public Func<string, IDisposable>? Exclusive { get; init; }

    public DeliveryResult Deliver(DeliveryRequest request, int attempt, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_settings.Office(request.Office) is not { } office || !office.Channels().Contains(request.Channel))
        {
            return DeliveryResult.Dropped(request, $"the office {request.Office} no longer has a {request.Channel.Stored()} delivery in the settings");
        }

        var path = Path.Combine(_outFolder, request.Workbook);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return DeliveryResult.Dropped(request, $"the workbook {request.Workbook} is no longer in the out folder");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(sha256, request.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            return DeliveryResult.Dropped(request, $"the workbook {request.Workbook} was written again since: the delivery of the newer one carries it");
        }

        var content = WorkbookContent.Hash(bytes);
        using var exclusive = Exclusive?.Invoke($"satisfaction:deliver:{request.Office}:{request.Channel.Stored()}:{request.Workbook}");
        using var log = _openLog();
        if (log.AlreadyDelivered(request.Office, request.Channel, request.Workbook, content))
        {
            return new DeliveryResult(request, DeliveryResultKind.Skipped, null, null);
        }

        var target = request.Channel == DeliveryChannel.Folder ? Path.Combine(office.Folder!, request.WorkbookName) : string.Join(", ", office.Recipients);
        var recorded = new DeliveryAttempt
        {
            Office = request.Office,
            Channel = request.Channel,
            Period = request.Figures.Period,
            Workbook = request.Workbook,
            Sha256 = sha256,
            ContentHash = content,
            Target = target,
            AttemptedUtc = _time.GetUtcNow().UtcDateTime,
            Outcome = DeliveryOutcome.Delivered,
            Attempt = attempt,
        };
        try
        {
            cancellation.ThrowIfCancellationRequested();
            if (request.Channel == DeliveryChannel.Folder)
            {
                OfficeFolderCopy.Write(office.Folder!, request.WorkbookName, bytes, Checkpoint);
            }
            else
            {
                MailSender.Send(_settings.Smtp, DeliveryMessage.Build(_settings.Smtp, office, request.Figures, request.WorkbookName, bytes), cancellation);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failed = recorded with { Outcome = DeliveryOutcome.Failed, Error = $"{e.GetType().Name}: {e.Message}", AttemptedUtc = _time.GetUtcNow().UtcDateTime };
            log.Record(failed);
            return new DeliveryResult(request, DeliveryResultKind.Failed, failed, e);
        }

        var delivered = recorded with { AttemptedUtc = _time.GetUtcNow().UtcDateTime };
        log.Record(delivered);
        return new DeliveryResult(request, DeliveryResultKind.Delivered, delivered, null);
    }
}

public enum DeliveryResultKind
{
    Delivered,

    /// <summary>The office already has this content by this channel (a rerun that changed nothing); not recorded.</summary>
    Skipped,

    /// <summary>Nothing to deliver any more (the workbook was rewritten or removed, or the office's delivery left the settings); not recorded.</summary>
    Dropped,

    Failed,
}

/// <summary>What became of one delivery; <see cref="Recorded"/> is the attempt written to the record, if any.</summary>
public sealed record DeliveryResult(DeliveryRequest Request, DeliveryResultKind Kind, DeliveryAttempt? Recorded, Exception? Failure)
{
    public string? Reason { get; init; }

    public static DeliveryResult Dropped(DeliveryRequest request, string reason) => new(request, DeliveryResultKind.Dropped, null, null) { Reason = reason };
}
