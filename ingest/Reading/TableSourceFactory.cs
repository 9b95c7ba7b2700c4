namespace Satisfaction.Ingest.Reading;

/// <summary>
/// Opens a vendor or master file by its extension (DATA-CONTRACT.md 2.1): .csv (encoding and delimiter
/// detected), .xlsx and .xls. Anything else, and anything that cannot be opened, is a failed result.
/// </summary>
public static class TableSourceFactory
{
    public static TableOpenResult Open(string path, ReadLimits? limits = null) => throw new NotImplementedException();
}
