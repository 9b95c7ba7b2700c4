using System.Diagnostics;
using System.Globalization;

namespace Satisfaction.Ingest.Pipeline;

/// <summary>
/// Each pass keeps its snapshots in its own folder under <c>staging/</c>, named after the machine and the
/// process (<c>host.1234.9f…</c>), so that two passes at once — on one machine or, with a shared store,
/// on several — never clear each other's copies. A folder is stale when its process is gone (same machine),
/// or when another machine's folder has not been touched for a day.
/// </summary>
internal static class PassStaging
{
    public static readonly TimeSpan ForeignLeftoverAge = TimeSpan.FromDays(1);

    public static string NewName() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}.{Environment.ProcessId}.{Guid.NewGuid():N}");

    public static bool IsStale(DirectoryInfo folder, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var parts = folder.Name.Split('.');
        var fromHere = parts.Length >= 3
            && int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && string.Join('.', parts[..^2]).Equals(Environment.MachineName, StringComparison.OrdinalIgnoreCase);
        if (!fromHere)
        {
            return now - folder.LastWriteTimeUtc > ForeignLeftoverAge;
        }

        var pid = int.Parse(parts[^2], CultureInfo.InvariantCulture);
        try
        {
            using var process = Process.GetProcessById(pid);

            // A process started after the folder was made is not its pass: the number was reused.
            return process.StartTime.ToUniversalTime() > folder.CreationTimeUtc.AddSeconds(1);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return true;
        }
    }
}
