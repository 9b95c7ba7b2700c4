using MailKit.Net.Smtp;
using MimeKit;

namespace Satisfaction.Jobs.Delivery;

/// <summary>Sends one message through the configured server (MailKit): connect, upgrade or start in TLS as set, log in if a user is set, send, quit.</summary>
public static class MailSender
{
    public static void Send(SmtpSettings smtp, MimeMessage message, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(smtp);
        ArgumentNullException.ThrowIfNull(message);
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        client.Connect(smtp.Host ?? string.Empty, smtp.EffectivePort, smtp.SocketOptions() ?? MailKit.Security.SecureSocketOptions.StartTls, cancellation);
        if (!string.IsNullOrWhiteSpace(smtp.User))
        {
            client.Authenticate(smtp.User, smtp.Password ?? string.Empty, cancellation);
        }

        client.Send(message, cancellation);
        client.Disconnect(quit: true, cancellation);
    }
}
