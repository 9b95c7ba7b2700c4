namespace Satisfaction.Ingest.Reading;

/// <summary>
/// Opens a vendor or master file by its extension (DATA-CONTRACT.md 2.1): .csv (encoding and delimiter
/// detected), .xlsx and .xls. Anything else, and anything that cannot be opened, is a failed result.
/// An .xlsx that is really an .xls (or the other way round) opens by its content.
/// </summary>
public static class TableSourceFactory
{
    /// <summary>
    /// Opens <paramref name="path"/>; <paramref name="name"/> is the name the vendor gave the file when it is
    /// read from a copy under another name (its extension and, for a CSV, the sheet name come from it).
    /// </summary>
    public static TableOpenResult Open(string path, ReadLimits? limits = null, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        limits ??= ReadLimits.Default;
        name ??= Path.GetFileName(path);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".csv" => CsvTableSource.Open(path, limits, Path.GetFileNameWithoutExtension(name)),
                ".xlsx" or ".xls" => ExcelTableSource.Open(path, limits, extension),
                _ => TableOpenResult.Failed(ReadProblems.UnsupportedType(extension)),
            };
        }
        catch (IOException e)
        {
            return TableOpenResult.Failed(ReadProblems.CannotOpen(e.Message));
        }
        catch (UnauthorizedAccessException e)
        {
            return TableOpenResult.Failed(ReadProblems.CannotOpen(e.Message));
        }
    }
}
