using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using Satisfaction.Jobs.Tests.Host;

namespace Satisfaction.Jobs.Tests.Delivery;

/// <summary>
/// A real SMTP server (the SmtpServer package) in the test process, on a free loopback port: it keeps every
/// message it accepts, parsed by MimeKit, and answers 554 to messages for the mailboxes told to refuse, as many
/// times as told — a refusing mail server the deliveries must retry past.
/// </summary>
public sealed class TestSmtpServer : IDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store = new();

    public TestSmtpServer()
    {
        Port = HostProcess.FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _server = new SmtpServer.SmtpServer(options, services);
        _ = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Messages => [.. _store.Accepted];

    /// <summary>How many messages were refused (554) so far.</summary>
    public int Refused => _store.RefusedCount;

    /// <summary>Messages to <paramref name="mailbox"/> are refused with 554, the next <paramref name="times"/> times.</summary>
    public void Refuse(string mailbox, int times) => _store.ToRefuse[mailbox] = times;

    /// <summary>The environment that points the program at this server (plain SMTP, no login).</summary>
    public Dictionary<string, string> Environment() => new()
    {
        ["SATISFACTION_Delivery__Smtp__Host"] = "127.0.0.1",
        ["SATISFACTION_Delivery__Smtp__Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SATISFACTION_Delivery__Smtp__Tls"] = "none",
        ["SATISFACTION_Delivery__Smtp__From"] = "满意度报告 <reports@example.cn>",
        ["SATISFACTION_Delivery__Smtp__TimeoutSeconds"] = "20",
    };

    public void Dispose()
    {
        _stop.Cancel();
        _server.Shutdown();
        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        private int _refused;

        public ConcurrentQueue<MimeMessage> Accepted { get; } = new();

        public ConcurrentDictionary<string, int> ToRefuse { get; } = new(StringComparer.OrdinalIgnoreCase);

        public int RefusedCount => Volatile.Read(ref _refused);

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            foreach (var to in transaction.To)
            {
                var address = $"{to.User}@{to.Host}";
                if (ToRefuse.TryGetValue(address, out var left) && left > 0 && ToRefuse.TryUpdate(address, left - 1, left))
                {
                    Interlocked.Increment(ref _refused);
                    return new SmtpResponse(SmtpReplyCode.TransactionFailed, "5.7.1 refused by the test server");
                }
            }

            await using var stream = new MemoryStream(buffer.ToArray());
            Accepted.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
