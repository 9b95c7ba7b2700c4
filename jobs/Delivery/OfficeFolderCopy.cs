using System.Diagnostics;
using System.Globalization;

namespace Satisfaction.Jobs.Delivery;

/// <summary>
/// Puts a workbook into an office's folder so that a reader never sees half of it: the bytes go to a hidden
/// file in the same folder (same disk, so the rename is atomic), are flushed to disk, and the file is renamed
/// over the workbook's name; the folder is flushed after. A copy killed part-way leaves only the hidden file,
/// which the next copy into that folder removes (once its process is gone, or after an hour for another machine's).
/// </summary>
public static class OfficeFolderCopy
{
    private const string Prefix = ".satisfaction-delivery-";
    private static readonly TimeSpan OtherMachinesPatience = TimeSpan.FromHours(1);

    /// <summary>Writes <paramref name="bytes"/> as <paramref name="name"/> in <paramref name="folder"/>; returns the path written.</summary>
    public static string Write(string folder, string name, byte[] bytes, Action<string>? checkpoint = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(bytes);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"the office folder {folder} does not exist (is its share mounted?)");
        }

        RemoveLeftovers(folder);
        var target = Path.Combine(folder, name);
        var temporary = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp"));
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920))
            {
                var half = bytes.Length / 2;
                stream.Write(bytes, 0, half);
                stream.Flush(flushToDisk: true);
                checkpoint?.Invoke("delivery-copy");
                stream.Write(bytes, half, bytes.Length - half);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
            FolderSync.Flush(folder);
            return target;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Hidden copies that killed deliveries left: this machine's whose process is gone, other machines' older than an hour.</summary>
    public static IReadOnlyList<string> RemoveLeftovers(string folder)
    {
        var removed = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, Prefix + "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }))
        {
            var parts = Path.GetFileNameWithoutExtension(file)[Prefix.Length..].Split('-');
            var mine = parts.Length >= 3 && string.Join('-', parts[..^2]) == Environment.MachineName;
            var gone = mine
                ? int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid != Environment.ProcessId && !Alive(pid)
                : DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > OtherMachinesPatience;
            if (gone)
            {
                try
                {
                    File.Delete(file);
                    removed.Add(file);
                }
                catch (IOException)
                {
                    // another delivery removed it first
                }
            }
        }

        return removed;
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
