using Satisfaction.Analysis.Periods;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// Workbooks of a rewritten period whose province or city no longer has any data in it — its rows moved to
/// another period, its outlets left the master, or every row broke a changed scheme. They are removed with
/// their pictures, so that no office reads figures the store no longer holds. Only files at the paths the
/// product writes (REPORTS.md) are ever touched.
/// </summary>
public static class StaleWorkbooks
{
    /// <summary>
    /// Removes the workbooks of the rewritten province-periods (of <paramref name="province"/> alone when given) that
    /// were not written; <paramref name="rewritten"/> null: a pass that rewrote every period, so every period folder.
    /// </summary>
    public static IReadOnlyList<string> Remove(string outFolder, Rewrite? rewritten, Ingest.Scheme.PeriodKind kind, string? province, IReadOnlySet<string> written)
    {
        ArgumentNullException.ThrowIfNull(written);
        rewritten ??= Rewrite.Whole(PeriodsIn(outFolder, kind));
        var removed = new List<string>();
        foreach (var rewrittenPeriod in rewritten.Periods)
        {
            var period = rewrittenPeriod.ToString();
            var periodFolder = Path.Combine(outFolder, period);
            if (!Directory.Exists(periodFolder))
            {
                continue;
            }

            foreach (var provinceFolder in Directory.GetDirectories(periodFolder)
                .Where(f => (province is null || Path.GetFileName(f) == province) && rewritten.Includes(rewrittenPeriod, Path.GetFileName(f))))
            {
                var name = Path.GetFileName(provinceFolder);
                var candidates = Directory.GetDirectories(provinceFolder)
                    .Select(city => ReportPaths.City(outFolder, period, name, Path.GetFileName(city)))
                    .Prepend(ReportPaths.Province(outFolder, period, name));
                foreach (var workbook in candidates.Select(Path.GetFullPath).Where(w => File.Exists(w) && !written.Contains(w)))
                {
                    File.Delete(workbook);
                    foreach (var picture in Directory.GetFiles(Path.GetDirectoryName(workbook)!, Path.GetFileNameWithoutExtension(workbook) + "_*.png"))
                    {
                        File.Delete(picture);
                    }

                    removed.Add(workbook);
                    RemoveIfEmpty(Path.GetDirectoryName(workbook)!);
                }

                RemoveIfEmpty(provinceFolder);
            }
        }

        return removed;
    }

    private static void RemoveIfEmpty(string folder)
    {
        if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }

    /// <summary>The period folders under the out folder, for a pass that rewrote every period.</summary>
    private static IEnumerable<Period> PeriodsIn(string outFolder, Ingest.Scheme.PeriodKind kind)
    {
        if (!Directory.Exists(outFolder))
        {
            yield break;
        }

        foreach (var folder in Directory.GetDirectories(outFolder))
        {
            Period period;
            try
            {
                period = Period.Parse(Path.GetFileName(folder));
            }
            catch (FormatException)
            {
                continue;
            }

            if (period.Kind == kind)
            {
                yield return period;
            }
        }
    }
}
