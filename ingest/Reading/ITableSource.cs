namespace Satisfaction.Ingest.Reading;

/// <summary>An opened vendor or master file: its visible sheets in workbook order, streamed.</summary>
public interface ITableSource : IDisposable
{
    /// <summary>How the file was decoded, for the ledger and error report (e.g. "UTF-8 BOM, comma", "xlsx").</summary>
    string Description { get; }

    /// <summary>Visible sheets in order; hidden sheets are never returned. Enumerate once.</summary>
    IEnumerable<TableSheet> Sheets();
}
