using Satisfaction.Jobs.Cli;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Jobs.Reporting;

/// <summary>The out folder, made ready before a command writes to it: writable, and rid of what killed writes left.</summary>
public static class OutFolder
{
    public static string Prepare(string? outFolder, TimeProvider time)
    {
        var full = FolderCheck.Writable(outFolder, FolderRole.Out);
        StagingFolder.RemoveLeftovers(full, time);
        return full;
    }
}
