using Satisfaction.Ingest.Errors;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Rows;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Ingest.Pipeline;

// The same id twice in one file (DATA-CONTRACT.md 2.5): identical content is kept once with a warning;
// different content rejects every row with that id, including the first one, already loaded. Which case a row
// is comes with it from the parsing thread (SeenIds); the store handles of first occurrences are kept here by
// their number.
public sealed partial class FileIngestor
{
    private static void Accept(RowOutcome outcome, IdCheck check, ColumnLayout layout, string sheet, IFileLoad load, List<long> handles, FileProcessing processing)
    {
        processing.AddRange(outcome.Issues);
        if (outcome.Skipped)
        {
            processing.Skipped++;
            return;
        }

        if (outcome.Record is not { } record)
        {
            processing.Rejected++;
            return;
        }

        if (check.Kind == IdCheckKind.First)
        {
            handles.Add(load.Add(layout.Kind, record));
            processing.Loaded++;
            return;
        }

        var idColumn = layout.Column(layout.Kind == FileKind.MysteryShop ? FieldKind.VisitId : FieldKind.RespondentId);
        var header = idColumn is { } c ? layout.HeaderOf(c) : null;
        if (check.Kind == IdCheckKind.IdenticalRepeat)
        {
            processing.Repeats++;
            processing.Add(new RowIssue(IssueSeverity.Warning, sheet, record.Row, idColumn, header, record.Id, Messages.DuplicateIdentical(record.Id, check.FirstRow)));
            return;
        }

        processing.Rejected++;
        processing.Add(new RowIssue(IssueSeverity.Error, sheet, record.Row, idColumn, header, record.Id, Messages.DuplicateConflict(record.Id, check.FirstRow)));
        if (!check.FirstConflicted)
        {
            // The first row was loaded in good faith; now it is ambiguous too.
            load.Remove(layout.Kind, handles[check.FirstNumber]);
            processing.Loaded--;
            processing.Rejected++;
            processing.Add(new RowIssue(IssueSeverity.Error, sheet, check.FirstRow, idColumn, header, record.Id, Messages.DuplicateConflict(record.Id, record.Row)));
        }
    }
}
