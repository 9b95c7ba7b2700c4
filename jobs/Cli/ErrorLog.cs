using System.Globalization;

namespace Satisfaction.Jobs.Cli;

/// <summary>
/// The detail of a failure (type, message, stack trace) for whoever looks after the product, never for the
/// screen: one file a day, <c>&lt;data&gt;/logs/satisfaction-yyyyMMdd.log</c>. When the data folder cannot take
/// it (it is the very thing that failed), the log goes to the system's temporary folder instead.
/// </summary>
public sealed class ErrorLog(string dataFolder, TimeProvider time)
{
    public const string FolderName = "logs";

    /// <summary>Appends the failure and returns the file it went to, or null if no folder would take it.</summary>
    public string? Write(IReadOnlyList<string> arguments, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(failure);
        var now = time.GetUtcNow();
        var entry = string.Create(CultureInfo.InvariantCulture, $"{now:yyyy-MM-dd HH:mm:ss.fff} UTC  satisfaction {string.Join(' ', arguments)}{Environment.NewLine}{failure}{Environment.NewLine}{Environment.NewLine}");
        var name = string.Create(CultureInfo.InvariantCulture, $"satisfaction-{now:yyyyMMdd}.log");
        foreach (var folder in Candidates())
        {
            try
            {
                Directory.CreateDirectory(folder);
                var path = Path.Combine(folder, name);
                File.AppendAllText(path, entry);
                return path;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // Try the next place: a log that cannot be written must not hide the failure itself.
            }
        }

        return null;
    }

    private IEnumerable<string> Candidates()
    {
        if (!string.IsNullOrWhiteSpace(dataFolder))
        {
            yield return Path.Combine(dataFolder, FolderName);
        }

        yield return Path.Combine(Path.GetTempPath(), "satisfaction-" + FolderName);
    }
}
