namespace Satisfaction.Jobs.Cli;

/// <summary>
/// Proves, before any work starts, that a folder a command must write to is a folder and takes a file: a
/// probe file is created and deleted. A command that cannot write there stops at once (exit 2) with the
/// reason, instead of failing half-way with a stack trace.
/// </summary>
public static class FolderCheck
{
    /// <summary>The folder's full path, created if <paramref name="create"/> and missing; throws <see cref="CommandException"/> otherwise.</summary>
    public static string Writable(string? path, FolderRole role, bool create = true)
    {
        ArgumentNullException.ThrowIfNull(role);
        var full = NotAFile(path, role);
        if (!create && !Directory.Exists(full))
        {
            throw CommandException.CannotStart($"{role.Chinese}不存在：{full}", $"the {role.English} does not exist: {full}", $"请检查 {role.Option} / check {role.Option}");
        }

        try
        {
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, $".satisfaction-probe-{Guid.NewGuid():N}");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CommandException.CannotStart(
                $"{role.Chinese}不可写：{full}",
                $"the {role.English} is not writable: {full} ({e.Message})",
                $"请给运行 satisfaction 的账户该目录的写权限，或用 {role.Option} 换一个目录 / give the account running satisfaction write access, or choose another folder with {role.Option}");
        }

        return full;
    }

    /// <summary>The full path of a folder option's value, which must not name a file.</summary>
    public static string NotAFile(string? path, FolderRole role)
    {
        var full = FullPath(path, role);
        return File.Exists(full)
            ? throw CommandException.CannotStart(
                $"{role.Chinese} {full} 是一个文件，不是目录",
                $"the {role.English} {full} is a file, not a folder",
                $"请用 {role.Option} 指定一个目录 / give a folder with {role.Option}")
            : full;
    }

    /// <summary>The full path of a folder option's value; an empty or malformed one cannot start the command.</summary>
    public static string FullPath(string? path, FolderRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        try
        {
            return string.IsNullOrWhiteSpace(path) ? throw new ArgumentException("empty", nameof(path)) : Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw CommandException.CannotStart(
                $"{role.Chinese}路径无效：“{path}”",
                $"the {role.English} path is not valid: '{path}'",
                $"请用 {role.Option} 给出一个目录 / give a folder with {role.Option}");
        }
    }
}
