using System.Net;

namespace Satisfaction.Jobs.Hosting;

/// <summary>Which of the addresses a host listens on are reachable from other machines (anything but loopback).</summary>
public static class ListenAddresses
{
    public static IReadOnlyList<string> Split(string urls) =>
        [.. (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>The URLs that are not loopback ("0.0.0.0", "*", "+", a host name, any other address), or malformed.</summary>
    public static IReadOnlyList<string> NotLoopback(string urls) => [.. Split(urls).Where(u => !IsLoopback(u))];

    public static bool IsLoopback(string url)
    {
        // Kestrel accepts "http://*:5080" and "http://+:5080", which Uri does not parse as hosts.
        var host = url.Contains("://*", StringComparison.Ordinal) || url.Contains("://+", StringComparison.Ordinal)
            ? "*"
            : Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;
        return host is not null
            && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address)));
    }
}
