using Satisfaction.Ingest.Errors;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Rows;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Ingest.Pipeline;

// The same id twice in one file (DATA-CONTRACT.md 2.5): identical content is kept once with a warning;
// different content rejects every row with that id, including the first one, already loaded.
public sealed partial class FileIngestor
{
    private static void Accept(RowOutcome outcome, ColumnLayout layout, string sheet, IFileLoad load, SeenIds seen, FileProcessing processing)
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

        ref var slot = ref seen.Slot(record.Id, out var added);
        if (added)
        {
            slot = new SeenIds.Seen(record.ContentHash, record.Row, load.Add(layout.Kind, record), false);
            processing.Loaded++;
            return;
        }

        var first = slot;

        var idColumn = layout.Column(layout.Kind == FileKind.MysteryShop ? FieldKind.VisitId : FieldKind.RespondentId);
        var header = idColumn is { } c ? layout.HeaderOf(c) : null;
        if (!first.Conflicted && first.ContentHash == record.ContentHash)
        {
            processing.Repeats++;
            processing.Add(new RowIssue(IssueSeverity.Warning, sheet, record.Row, idColumn, header, record.Id, Messages.DuplicateIdentical(record.Id, first.Row)));
            return;
        }

        processing.Rejected++;
        processing.Add(new RowIssue(IssueSeverity.Error, sheet, record.Row, idColumn, header, record.Id, Messages.DuplicateConflict(record.Id, first.Row)));
        if (!first.Conflicted)
        {
            // The first row was loaded in good faith; now it is ambiguous too.
            load.Remove(layout.Kind, first.Handle);
            processing.Loaded--;
            processing.Rejected++;
            processing.Add(new RowIssue(IssueSeverity.Error, sheet, first.Row, idColumn, header, record.Id, Messages.DuplicateConflict(record.Id, record.Row)));
            slot = first with { Conflicted = true };
        }
    }
}
