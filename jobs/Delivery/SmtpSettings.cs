using MailKit.Security;

namespace Satisfaction.Jobs.Delivery;

/// <summary>
/// The mail server the workbooks are sent through. The password may (and should) come from the environment,
/// <c>SATISFACTION_Delivery__Smtp__Password</c>; it is never written to a log, the screen or the record.
/// </summary>
public sealed record SmtpSettings
{
    public string? Host { get; init; }

    /// <summary>Default by <see cref="Tls"/>: 25 (none), 587 (starttls), 465 (ssl).</summary>
    public int? Port { get; init; }

    /// <summary><c>none</c>, <c>starttls</c> (the default: the connection must be upgraded) or <c>ssl</c> (TLS from the start).</summary>
    public string Tls { get; init; } = "starttls";

    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>The sender, e.g. <c>"满意度报告 &lt;reports@example.cn&gt;"</c>.</summary>
    public string? From { get; init; }

    /// <summary>Seconds a connection, a command or the upload may take before the attempt fails (and is retried).</summary>
    public int TimeoutSeconds { get; init; } = 60;

    public bool Configured => !string.IsNullOrWhiteSpace(Host);

    public int EffectivePort => Port ?? Tls.Trim().ToLowerInvariant() switch
    {
        "none" => 25,
        "ssl" => 465,
        _ => 587,
    };

    /// <summary>MailKit's option for <see cref="Tls"/>; null when the setting is none of the three.</summary>
    public SecureSocketOptions? SocketOptions() => Tls.Trim().ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "ssl" => SecureSocketOptions.SslOnConnect,
        _ => null,
    };

    // A record prints every property; the password must never reach a log line or an exception message.
    public override string ToString() =>
        $"SmtpSettings {{ Host = {Host}, Port = {EffectivePort}, Tls = {Tls}, User = {User}, Password = {(string.IsNullOrEmpty(Password) ? "(none)" : "***")}, From = {From} }}";
}
