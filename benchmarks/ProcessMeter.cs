using System.Globalization;

namespace Satisfaction.Benchmarks;

/// <summary>
/// CPU time and peak memory of other processes, from /proc: what a serve process or the PostgreSQL server
/// spent between two readings. Linux only, like the product's ingest.
/// </summary>
internal static class ProcessMeter
{
    // USER_HZ: the unit of /proc/<pid>/stat's times; 100 on every Linux build the product runs on.
    private const double TicksPerSecond = 100;

    /// <summary>CPU seconds (user + system) the process has used so far; with <paramref name="reapedChildren"/> also its children that ended.</summary>
    public static double CpuSeconds(int pid, bool reapedChildren = false)
    {
        var fields = StatFields(pid);
        if (fields is null)
        {
            return 0;
        }

        // After the command's closing parenthesis: state is field 3; utime 14, stime 15, cutime 16, cstime 17 (proc(5)).
        var ticks = Field(fields, 14) + Field(fields, 15) + (reapedChildren ? Field(fields, 16) + Field(fields, 17) : 0);
        return ticks / TicksPerSecond;
    }

    /// <summary>
    /// CPU seconds of a PostgreSQL server so far: the postmaster, the backends it reaped, and the ones still running
    /// (each connection is a process of its own).
    /// </summary>
    public static double ServerTreeCpuSeconds(int postmaster)
    {
        var total = CpuSeconds(postmaster, reapedChildren: true);
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && StatFields(pid) is { } fields && (int)Field(fields, 4) == postmaster)
            {
                total += Field(fields, 14) / TicksPerSecond + Field(fields, 15) / TicksPerSecond;
            }
        }

        return total;
    }

    /// <summary>Peak resident set size of the process (VmHWM), in MiB.</summary>
    public static double PeakRssMiB(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");

            // The command may hold spaces and parentheses: the fields start after the last ')'.
            return ("x x" + stat[(stat.LastIndexOf(')') + 1)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Numbered as proc(5) numbers them, from 1 (the pid); "x x" above stands for fields 1 and 2.
    private static double Field(string[] fields, int number) => double.Parse(fields[number - 1], CultureInfo.InvariantCulture);
}
