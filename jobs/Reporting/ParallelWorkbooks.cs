using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Reports.Fonts;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// The workbooks of one province-period — the province's and its cities' — built and written in parallel, up to
/// the cores: each workbook is its own model and file, and the builder is shared safely. The province's (the
/// largest) is taken first so that it does not finish last alone. A failure stops the rest and is thrown as it was,
/// not wrapped, so the command reports it as it would from one thread.
/// </summary>
internal static class ParallelWorkbooks
{
    /// <param name="cities">The workbooks to write: null for the province's, else a city's.</param>
    public static IReadOnlyList<WrittenScope> Write(
        ReportBuilder builder, Period period, string province, IReadOnlyList<string?> cities, string outFolder, CjkFont font, Action<WrittenScope>? written)
    {
        var done = new WrittenScope[cities.Count];
        var gate = new Lock();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        try
        {
            Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, cities.Count), EnumerablePartitionerOptions.NoBuffering), options, i =>
            {
                var scope = new WorkbookScope(period.ToString(), province, cities[i]);
                done[i] = SingleWorkbook.Write(builder, scope, outFolder, font);
                lock (gate)
                {
                    written?.Invoke(done[i]);
                }
            });
        }
        catch (AggregateException failed) when (failed.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(failed.InnerExceptions[0]).Throw();
        }

        return done;
    }
}
