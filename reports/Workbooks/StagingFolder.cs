using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Satisfaction.Reports.Workbooks;

/// <summary>
/// Where workbooks and pictures are written before they are renamed into place: one hidden folder at the
/// root of the out folder (<c>.writing/</c>), on the same disk as the workbooks but never beside the files
/// offices open. A temporary file is named after the machine and process writing it, so that a later
/// start can tell what a killed write left behind from a write still going on, and remove only the former.
/// </summary>
public static partial class StagingFolder
{
    public const string Name = ".writing";

    /// <summary>Another machine's temporary file is taken for a leftover when it has not changed for this long.</summary>
    public static readonly TimeSpan ForeignLeftoverAge = TimeSpan.FromHours(1);

    public static string Of(string outFolder) => Path.Combine(Path.GetFullPath(outFolder), Name);

    /// <summary>A fresh temporary name in <paramref name="stagingFolder"/> for a file that will become <paramref name="finalPath"/>.</summary>
    public static string TemporaryPath(string stagingFolder, string finalPath) =>
        Path.Combine(stagingFolder, string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp{Path.GetExtension(finalPath)}"));

    /// <summary>Creates the folder; on Windows it is also marked hidden (elsewhere the leading dot hides it).</summary>
    public static void Create(string stagingFolder)
    {
        var folder = Directory.CreateDirectory(stagingFolder);
        if (OperatingSystem.IsWindows() && !folder.Attributes.HasFlag(FileAttributes.Hidden))
        {
            folder.Attributes |= FileAttributes.Hidden;
        }
    }

    /// <summary>
    /// Removes what killed or failed writes left under <paramref name="outFolder"/>: temporary files in the
    /// staging folder whose process is gone (or, from another machine, untouched for an hour), and the hidden
    /// <c>.name.guid.tmp.xlsx</c> files earlier versions wrote beside the workbooks. Returns how many.
    /// </summary>
    public static int RemoveLeftovers(string outFolder, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var root = Path.GetFullPath(outFolder);
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var removed = 0;
        var staging = Of(root);
        if (Directory.Exists(staging))
        {
            foreach (var file in new DirectoryInfo(staging).EnumerateFiles())
            {
                removed += !IsBeingWritten(file, time.GetUtcNow()) && TryDelete(file) ? 1 : 0;
            }
        }

        var everything = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        foreach (var file in new DirectoryInfo(root).EnumerateFiles(".*.tmp.*", everything))
        {
            removed += BesideWorkbooks().IsMatch(file.Name) && TryDelete(file) ? 1 : 0;
        }

        return removed;
    }

    private static bool IsBeingWritten(FileInfo file, DateTimeOffset now)
    {
        var parts = file.Name.Split('.');
        var fromHere = parts.Length >= 5
            && int.TryParse(parts[^4], NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && string.Join('.', parts[..^4]).Equals(Environment.MachineName, StringComparison.OrdinalIgnoreCase);
        if (!fromHere)
        {
            return now - file.LastWriteTimeUtc < ForeignLeftoverAge;
        }

        var pid = int.Parse(parts[^4], CultureInfo.InvariantCulture);
        try
        {
            using var process = Process.GetProcessById(pid);

            // A process started after the file was written is not its writer: the number was reused.
            return process.StartTime.ToUniversalTime() <= file.CreationTimeUtc.AddSeconds(1);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return false;
        }
    }

    private static bool TryDelete(FileInfo file)
    {
        try
        {
            file.Delete();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.tmp\.[A-Za-z]+$")]
    private static partial Regex BesideWorkbooks();
}
