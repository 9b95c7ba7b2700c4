using Satisfaction.Ingest.Errors;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Reading;
using Satisfaction.Ingest.Rows;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Pipeline;

// Reading a file into its load: the first visible sheet with a header, its rows parsed on a second
// thread, every problem collected; a problem that quarantines the file is returned, not thrown.
public sealed partial class FileIngestor
{
    // Reads the snapshot into the load; returns the problem that quarantines it, or null.
    private Problem? Read(string snapshotPath, string name, IFileLoad load, FileProcessing processing, IProgress<int>? rowsRead)
    {
        var opened = TableSourceFactory.Open(snapshotPath, name: name);
        if (opened.Source is null)
        {
            return opened.Problem!;
        }

        using var source = opened.Source;
        processing.Description = source.Description;
        var lastRow = 0;
        try
        {
            HeaderSearchResult? best = null;
            foreach (var sheet in source.Sheets())
            {
                using var rows = sheet.Rows.GetEnumerator();
                var top = new List<RawRow>();
                while (top.Count <= HeaderLocator.SearchRows && rows.MoveNext())
                {
                    top.Add(rows.Current);
                }

                var header = HeaderLocator.Locate(top, _scheme);
                if (!header.Found)
                {
                    best = best is null || header.Strength > best.Strength ? header : best;
                    continue;
                }

                var layout = header.Layout!;
                processing.Kind = layout.Kind;
                processing.Description = $"{source.Description}; 工作表 sheet '{sheet.Name}'; 表头 header row {layout.HeaderRowNumber}"
                    + (layout.HeaderRowCount == 2 ? " (2 rows)" : string.Empty);
                FileWarnings(layout, sheet.Name, processing);
                var parser = new RowParser(layout, _scheme, _outlets, sheet.Name);
                var seen = new SeenIds();
                var handles = new List<long>();
                var count = 0;
                foreach (var (row, (outcome, check)) in ParallelRowParsing.Parse(top.Where(r => r.Number > layout.HeaderRowNumber).Concat(Rest(rows)), r => Parse(parser, seen, r)))
                {
                    lastRow = row.Number;
                    Accept(outcome, check, layout, sheet.Name, load, handles, processing);
                    if ((++count & 0x3FFF) == 0)
                    {
                        rowsRead?.Report(count);
                        _options.Checkpoint?.Invoke("rows");
                    }
                }

                return null;
            }

            processing.Kind = best?.Kind;
            return best?.Problem ?? Messages.NoHeader(FileKind.MysteryShop);
        }
        catch (TableReadException ex)
        {
            return Messages.AfterRow(ex.Problem, lastRow);
        }
    }

    // On the parsing thread: the row, and its id against the file's earlier rows.
    private static (RowOutcome Outcome, IdCheck Check) Parse(RowParser parser, SeenIds seen, RawRow row)
    {
        var outcome = parser.Parse(row);
        return (outcome, outcome.Record is { } record ? seen.Check(record.Id, record.ContentHash, record.Row) : default);
    }

    private static IEnumerable<RawRow> Rest(IEnumerator<RawRow> rows)
    {
        while (rows.MoveNext())
        {
            yield return rows.Current;
        }
    }

    private static void FileWarnings(ColumnLayout layout, string sheet, FileProcessing processing)
    {
        if (layout.MissingCodes.Count > 0)
        {
            var problem = Messages.ItemsMissingFromFile(layout.MissingCodes);
            processing.Add(RowIssue.ForFile(IssueSeverity.Warning, sheet, problem));
            processing.Reasons.Add(problem.Bilingual);
        }

        if (layout.UnknownCodeHeaders.Count > 0)
        {
            var problem = Messages.UnknownCodeColumns(layout.UnknownCodeHeaders);
            processing.Add(RowIssue.ForFile(IssueSeverity.Warning, sheet, problem));
            processing.Reasons.Add(problem.Bilingual);
        }
    }
}
