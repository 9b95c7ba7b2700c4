namespace Satisfaction.Samples.Options;

/// <summary>How a vendor file is written: the encodings Excel on Chinese Windows produces, or a workbook.</summary>
public enum FileFormat
{
    /// <summary>UTF-8 without BOM (what scripts and Excel's "CSV UTF-8" on a Mac write).</summary>
    CsvUtf8,

    /// <summary>UTF-8 with BOM (Excel's "CSV UTF-8 (逗号分隔)").</summary>
    CsvUtf8Bom,

    /// <summary>GB18030 (Excel's "CSV (逗号分隔)" on Chinese Windows).</summary>
    CsvGb18030,

    /// <summary>UTF-16 LE with BOM, tab-delimited by default (Excel's "Unicode 文本").</summary>
    CsvUtf16,

    /// <summary>An Excel workbook; for small and medium files only (built in memory).</summary>
    Xlsx,
}
