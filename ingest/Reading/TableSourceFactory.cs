namespace Satisfaction.Ingest.Reading;

/// <summary>
/// Opens a vendor or master file by its extension (DATA-CONTRACT.md 2.1): .csv (encoding and delimiter
/// detected), .xlsx and .xls. Anything else, and anything that cannot be opened, is a failed result.
/// An .xlsx that is really an .xls (or the other way round) opens by its content.
/// </summary>
public static class TableSourceFactory
{
    public static TableOpenResult Open(string path, ReadLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        limits ??= ReadLimits.Default;
        var extension = Path.GetExtension(path).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".csv" => CsvTableSource.Open(path, limits),
                ".xlsx" or ".xls" => ExcelTableSource.Open(path, limits),
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
