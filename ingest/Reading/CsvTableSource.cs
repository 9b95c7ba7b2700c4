using CsvHelper;

namespace Satisfaction.Ingest.Reading;

/// <summary>
/// A CSV file as one sheet named after the file. Rows stream through CsvHelper's parser; a quoted field that
/// spans lines is one row, and row numbers count records as Excel shows them (blank lines included).
/// </summary>
internal sealed class CsvTableSource : ITableSource
{
    private const int SampleCharacters = 64 * 1024;

    /// <summary>A backstop behind <see cref="CsvLimitGuard"/>: no sane vendor row is this long (UTF-8 bytes).</summary>
    private const int MaxRecordBytes = 64 * 1024 * 1024;

    private readonly FileStream _stream;
    private readonly CsvEncoding _encoding;
    private readonly char _delimiter;
    private readonly ReadLimits _limits;
    private readonly string _sheetName;
    private bool _enumerated;

    private CsvTableSource(FileStream stream, CsvEncoding encoding, char delimiter, ReadLimits limits, string sheetName)
    {
        _stream = stream;
        _encoding = encoding;
        _delimiter = delimiter;
        _limits = limits;
        _sheetName = sheetName;
    }

    public string Description => $"CSV, {_encoding.Name}, {DelimiterName(_delimiter)}";

    public static TableOpenResult Open(string path, ReadLimits limits, string sheetName)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        try
        {
            var (encoding, problem) = CsvEncodingDetector.Detect(stream);
            if (encoding is null)
            {
                stream.Dispose();
                return TableOpenResult.Failed(problem!);
            }

            var delimiter = DetectDelimiter(stream, encoding);
            return TableOpenResult.Opened(new CsvTableSource(stream, encoding, delimiter, limits, sheetName));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public IEnumerable<TableSheet> Sheets()
    {
        ObjectDisposedException.ThrowIf(!_stream.CanRead, this);
        if (_enumerated)
        {
            throw new InvalidOperationException("The sheets of a CSV source can be enumerated once only.");
        }

        _enumerated = true;
        return [new TableSheet(_sheetName, Rows())];
    }

    public void Dispose() => _stream.Dispose();

    private IEnumerable<RawRow> Rows()
    {
        _stream.Position = _encoding.BomLength;
        var text = new StreamReader(_stream, _encoding.Encoding, detectEncodingFromByteOrderMarks: false, 64 * 1024, leaveOpen: true);
        using var csv = CsvReader.Create(new CsvLimitGuard(text, _delimiter, _limits), Options(_delimiter), leaveOpen: false);
        var number = 0;
        while (Next(csv, number + 1))
        {
            number++;
            yield return new RawRow(number, Cells(csv, number));
        }
    }

    private static bool Next(CsvReader csv, int row)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            throw new TableReadException(ReadProblems.CsvMalformed(row, e.Message), e);
        }
    }

    private object?[] Cells(CsvReader csv, int row)
    {
        var count = csv.FieldCount;
        if (count > _limits.MaxColumns)
        {
            throw new TableReadException(ReadProblems.TooManyColumnsInRow(row, count, _limits.MaxColumns));
        }

        var last = count - 1;
        while (last >= 0 && csv.IsEmpty(last))
        {
            last--;
        }

        if (last < 0)
        {
            return [];
        }

        var cells = new object?[last + 1];
        for (var i = 0; i <= last; i++)
        {
            if (csv.IsEmpty(i))
            {
                continue;
            }

            var field = csv.GetString(i);
            if (field.Length > _limits.MaxCellCharacters)
            {
                throw new TableReadException(ReadProblems.CellTooLong(row, i + 1, field.Length, _limits.MaxCellCharacters));
            }

            cells[i] = field;
        }

        return cells;
    }

    private static CsvReaderOptions Options(char delimiter) => CsvReaderOptions.Default with
    {
        Separator = delimiter,
        HasHeader = false,
        Mode = CsvMode.Rfc4180,
        SkipEmptyLines = false,
        MalformedData = CsvMalformedDataHandling.Recover,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MaxRecordSize = MaxRecordBytes,
        PoolStrings = true,
        IncludeValuesInExceptions = false,
    };

    private static char DetectDelimiter(FileStream stream, CsvEncoding encoding)
    {
        stream.Position = encoding.BomLength;
        using var text = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, 16 * 1024, leaveOpen: true);
        var sample = new char[SampleCharacters];
        var read = text.ReadBlock(sample, 0, sample.Length);
        return DelimiterDetector.Detect(sample.AsSpan(0, read), wholeFile: read < sample.Length);
    }

    private static string DelimiterName(char delimiter) => delimiter switch
    {
        '\t' => "tab",
        ';' => "semicolon",
        _ => "comma",
    };
}
