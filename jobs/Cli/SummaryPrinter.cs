using System.Globalization;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Pipeline;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Jobs.Cli;

/// <summary>The one-screen summary of an ingest pass, and one line per file as it finishes.</summary>
public static class SummaryPrinter
{
    public static void FileLine(TextWriter output, LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(entry);
        var kind = entry.Kind is { } k ? k.Chinese() : "—";
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {entry.Outcome.Stored(),-11} {kind,-4} loaded {entry.RowsLoaded,7}  rejected {entry.RowsRejected,6}  {entry.Name}"));
        if (entry.Outcome != FileOutcome.Archived && entry.Reasons.Count > 0)
        {
            output.WriteLine("              " + entry.Reasons[0]);
        }
    }

    public static void Summary(TextWriter output, IngestSummary summary, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        output.WriteLine();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"本次处理 {summary.Files.Count} 个文件 / {summary.Files.Count} file(s) in {summary.Elapsed.TotalSeconds:0.0} s: "
            + $"{summary.Count(FileOutcome.Archived)} archived, {summary.Count(FileOutcome.Duplicate)} duplicate, {summary.Count(FileOutcome.Quarantined)} quarantined; "
            + $"rows loaded {summary.RowsLoaded}, rejected {summary.RowsRejected}"));
        if (summary.RecoveredMoves > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"完成了上次中断的 {summary.RecoveredMoves} 个文件移动 / finished {summary.RecoveredMoves} move(s) an earlier run left undone"));
        }

        foreach (var file in summary.StillChanging)
        {
            output.WriteLine($"仍在写入，下次处理 / still being written, left for the next pass: {file.Name}");
        }

        output.WriteLine($"数据目录 / data folder: {Path.GetFullPath(dataFolder)}  (satisfaction status --data {dataFolder})");
    }
}
