namespace Satisfaction.Reports.Workbooks;

/// <summary>
/// Writes a file to a temporary name in a staging folder on the same disk and renames it into place, so
/// nobody ever opens a half-written workbook, a failed write leaves the previous one untouched, and a
/// killed write leaves nothing where offices look (<see cref="StagingFolder"/>).
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, string stagingFolder, Action<string> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(stagingFolder);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        StagingFolder.Create(stagingFolder);
        var temporary = StagingFolder.TemporaryPath(stagingFolder, full);
        try
        {
            write(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
