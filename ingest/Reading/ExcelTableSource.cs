using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace Satisfaction.Ingest.Reading;

/// <summary>
/// An .xlsx or .xls workbook through ExcelDataReader: visible sheets in workbook order, rows streamed and
/// numbered as Excel numbers them (ExcelDataReader emits blank rows for gaps, from row 1).
/// </summary>
internal sealed class ExcelTableSource : ITableSource
{
    private readonly FileStream _stream;
    private readonly IExcelDataReader _reader;
    private readonly ReadLimits _limits;
    private int _current;
    private bool _enumerated;

    private ExcelTableSource(FileStream stream, IExcelDataReader reader, ReadLimits limits, string description)
    {
        _stream = stream;
        _reader = reader;
        _limits = limits;
        Description = description;
    }

    public string Description { get; }

    /// <summary>Opens the workbook at <paramref name="path"/>, named with <paramref name="extension"/> by the vendor.</summary>
    public static TableOpenResult Open(string path, ReadLimits limits, string extension)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        var opened = Open(stream, extension, limits);
        if (opened.Source is null)
        {
            stream.Dispose();
        }

        return opened;
    }

    public IEnumerable<TableSheet> Sheets()
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("The sheets of a workbook can be enumerated once only.");
        }

        _enumerated = true;
        return VisibleSheets();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    private static TableOpenResult Open(FileStream stream, string extension, ReadLimits limits)
    {
        var format = WorkbookSignature.Of(stream);
        if (format == WorkbookFormat.Unknown)
        {
            return TableOpenResult.Failed(ReadProblems.Damaged());
        }

        if (format == WorkbookFormat.Zip && ZipPackageInspector.Inspect(stream, limits) is { } problem)
        {
            return TableOpenResult.Failed(problem);
        }

        CodePages.EnsureRegistered();
        stream.Position = 0;
        try
        {
            var reader = ExcelReaderFactory.CreateReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
            return TableOpenResult.Opened(new ExcelTableSource(stream, reader, limits, Describe(format, extension)));
        }
        catch (InvalidPasswordException)
        {
            return TableOpenResult.Failed(ReadProblems.PasswordProtected());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return TableOpenResult.Failed(ReadProblems.Damaged(e.Message));
        }
    }

    private static string Describe(WorkbookFormat format, string extension)
    {
        var name = format == WorkbookFormat.Zip ? "xlsx" : "xls";
        var named = extension.TrimStart('.').ToLowerInvariant();
        return named == name ? name : $"{name} (named .{named})";
    }

    private IEnumerable<TableSheet> VisibleSheets()
    {
        do
        {
            if (_reader.VisibleState == "visible")
            {
                yield return new TableSheet(_reader.Name, Rows(_current, _reader.Name));
            }
        }
        while (NextSheet());
    }

    private IEnumerable<RawRow> Rows(int sheet, string name)
    {
        EnsureCurrent(sheet);
        var fieldCount = _reader.FieldCount;
        if (fieldCount > _limits.MaxColumns)
        {
            throw new TableReadException(ReadProblems.TooManyColumnsInSheet(name, fieldCount, _limits.MaxColumns));
        }

        var number = 0;
        while (NextRow(name))
        {
            EnsureCurrent(sheet);
            number++;
            yield return new RawRow(number, Cells(name, number, fieldCount));
        }
    }

    private bool NextSheet()
    {
        var name = _reader.Name;
        try
        {
            var next = _reader.NextResult();
            _current++;
            return next;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new TableReadException(ReadProblems.SheetUnreadable(name, e.Message), e);
        }
    }

    private bool NextRow(string sheet)
    {
        try
        {
            return _reader.Read();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new TableReadException(ReadProblems.SheetUnreadable(sheet, e.Message), e);
        }
    }

    private object?[] Cells(string sheet, int row, int fieldCount)
    {
        var values = new object?[Math.Min(fieldCount, _reader.FieldCount)];
        var last = -1;
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = ExcelCells.Normalise(_reader.GetValue(i));
                last = values[i] is null ? last : i;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new TableReadException(ReadProblems.SheetUnreadable(sheet, e.Message), e);
        }

        for (var i = 0; i <= last; i++)
        {
            if (values[i] is string { Length: var length } && length > _limits.MaxCellCharacters)
            {
                throw new TableReadException(ReadProblems.CellTooLong(row, i + 1, length, _limits.MaxCellCharacters));
            }
        }

        return last + 1 == values.Length ? values : values[..(last + 1)];
    }

    private void EnsureCurrent(int sheet)
    {
        if (sheet != _current)
        {
            throw new InvalidOperationException("A sheet's rows must be read before the next sheet is taken.");
        }
    }
}
