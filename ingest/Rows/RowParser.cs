using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Satisfaction.Ingest.Errors;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Reading;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Text;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Rows;

/// <summary>
/// Reads the data rows of a located sheet (DATA-CONTRACT.md 2.4–2.5). A row with any error is rejected
/// with all of its problems listed; the rest of the file goes on. One instance per thread (it reuses its buffers).
/// </summary>
public sealed class RowParser
{
    private static readonly IReadOnlyList<RowIssue> NoIssues = [];
    private readonly ColumnLayout _layout;
    private readonly OutletMaster _outlets;
    private readonly string _sheet;
    private readonly CellMemo<Answer>[] _readers;
    private readonly CellMemo<DateOnly> _dates = new(DateReader.Read);
    private readonly bool[] _scored;
    private readonly int? _idColumn;
    private readonly int? _codeColumn;
    private readonly int? _nameColumn;
    private readonly int? _cityColumn;
    private readonly int? _dateColumn;
    private readonly int? _shopperColumn;
    private readonly int? _commentColumn;
    private readonly string _idName;
    private readonly AnswerCells _cells = new();
    private readonly XxHash3 _hash = new();
    private readonly string?[] _given;
    private readonly Answer[] _read;
    private readonly string[] _codes;

    public RowParser(ColumnLayout layout, ScoringScheme scheme, OutletMaster outlets, string sheet)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(scheme);
        _layout = layout;
        _outlets = outlets ?? throw new ArgumentNullException(nameof(outlets));
        _sheet = sheet;
        var mystery = layout.Kind == FileKind.MysteryShop;
        _readers = new CellMemo<Answer>[layout.Answers.Count];
        _scored = new bool[layout.Answers.Count];
        for (var i = 0; i < layout.Answers.Count; i++)
        {
            var code = layout.Answers[i].Code;
            if (mystery)
            {
                var item = scheme.FindItem(code)!;
                _readers[i] = new CellMemo<Answer>(cell => AnswerReader.ReadChecklist(cell, item));
                _scored[i] = !item.IsVeto;
            }
            else
            {
                var question = scheme.FindQuestion(code)!;
                _readers[i] = new CellMemo<Answer>(cell => AnswerReader.ReadSurvey(cell, question));
                _scored[i] = true;
            }
        }

        _idColumn = layout.Column(mystery ? FieldKind.VisitId : FieldKind.RespondentId);
        _idName = mystery ? "访问编号 (visit id)" : "样本编号 (respondent id)";
        _codeColumn = layout.Column(FieldKind.OutletCode);
        _nameColumn = layout.Column(FieldKind.OutletName);
        _cityColumn = layout.Column(FieldKind.City);
        _dateColumn = layout.Column(FieldKind.Date);
        _shopperColumn = layout.Column(FieldKind.ShopperId);
        _commentColumn = layout.Column(FieldKind.Comment);
        _codes = [.. layout.Answers.Select(a => a.Code)];
        _given = new string?[_readers.Length];
        _read = new Answer[_readers.Length];
    }

    public RowOutcome Parse(RawRow row)
    {
        if (RowSkipRule.IsSkipped(row.Cells))
        {
            return new RowOutcome(null, NoIssues, Skipped: true);
        }

        List<RowIssue>? issues = null;
        var cells = row.Cells;

        var id = Text(cells, _idColumn);
        if (id is null)
        {
            Add(ref issues, IssueSeverity.Error, row.Number, _idColumn, null, Messages.MissingId(_idName));
        }

        var outletCode = ResolveOutlet(row, ref issues);

        var date = default(DateOnly);
        var dateCell = Cell(cells, _dateColumn);
        var dateResult = _dates.Read(dateCell);
        if (dateResult.Ok)
        {
            date = dateResult.Value;
        }
        else
        {
            Add(ref issues, IssueSeverity.Error, row.Number, _dateColumn, CellText.Of(dateCell), dateResult.Problem!);
        }

        // Both are consumed within this call (packed into the record's cells, hashed): reused from row to row.
        var given = _given;
        var read = _read;
        var applicable = false;
        for (var i = 0; i < _readers.Length; i++)
        {
            var column = _layout.Answers[i].Index;
            var cell = Cell(cells, column);
            given[i] = CellText.Of(cell);
            var answer = _readers[i].Read(cell);
            if (answer.Ok)
            {
                read[i] = answer.Value;
                applicable |= _scored[i] && answer.Value.IsApplicable;
            }
            else
            {
                read[i] = default;
                Add(ref issues, IssueSeverity.Error, row.Number, column, given[i], answer.Problem!);
            }
        }

        if (!applicable && !HasErrors(issues))
        {
            var problem = _layout.Kind == FileKind.MysteryShop ? Messages.NoApplicableItem() : Messages.NoAnswer();
            Add(ref issues, IssueSeverity.Error, row.Number, null, null, problem);
        }

        if (HasErrors(issues))
        {
            return new RowOutcome(null, issues!, Skipped: false);
        }

        var shopper = Text(cells, _shopperColumn);
        var comment = Text(cells, _commentColumn);
        var record = new ParsedRecord
        {
            Id = id!,
            Row = row.Number,
            OutletCode = outletCode!,
            Date = date,
            ShopperId = shopper,
            Comment = comment,
            Codes = _codes,
            Given = _cells.Given(given),
            Read = _cells.Read(read),
            ContentHash = Hash(_hash, outletCode!, date, shopper, comment, given),
        };
        return new RowOutcome(record, issues ?? NoIssues, Skipped: false);
    }

    private string? ResolveOutlet(RawRow row, ref List<RowIssue>? issues)
    {
        var code = Text(row.Cells, _codeColumn);
        var name = Text(row.Cells, _nameColumn);
        var match = _outlets.Match(code, name);
        if (!match.Found)
        {
            var column = code is not null ? _codeColumn : _nameColumn;
            Add(ref issues, IssueSeverity.Error, row.Number, column, code ?? name, Messages.UnknownOutlet(code, name, match.Hints));
            return null;
        }

        var outlet = match.Outlet!;
        if (code is not null && match.By != OutletMatchedBy.Code)
        {
            Add(ref issues, IssueSeverity.Warning, row.Number, _codeColumn, code, Messages.OutletCodeUnknownNameMatched(code, outlet.Code));
        }

        if (Text(row.Cells, _cityColumn) is { } city && !SameCity(city, outlet.City))
        {
            Add(ref issues, IssueSeverity.Warning, row.Number, _cityColumn, city, Messages.CityDiffers(city, outlet.City));
        }

        return outlet.Code;
    }

    // "南京市" and "南京" name the same city.
    private static bool SameCity(string given, string master)
    {
        var a = TextFolding.Key(given).TrimEnd('市');
        var b = TextFolding.Key(master).TrimEnd('市');
        return a == b;
    }

    private void Add(ref List<RowIssue>? issues, IssueSeverity severity, int row, int? column, string? value, Problem problem)
    {
        issues ??= [];
        var header = column is { } c ? _layout.HeaderOf(c) : null;
        issues.Add(new RowIssue(severity, _sheet, row, column, header, value, problem));
    }

    private static bool HasErrors(List<RowIssue>? issues)
    {
        if (issues is null)
        {
            return false;
        }

        foreach (var issue in CollectionsMarshal.AsSpan(issues))
        {
            if (issue.Severity == IssueSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }

    private static object? Cell(object?[] cells, int? column) =>
        column is { } c && c < cells.Length ? cells[c] : null;

    private static string? Text(object?[] cells, int? column) => CellText.Of(Cell(cells, column));

    // The hasher is the parser's own (one parser per thread), reset per row: no hasher or date text per row.
    private static ulong Hash(XxHash3 hash, string outlet, DateOnly date, string? shopper, string? comment, string?[] given)
    {
        hash.Reset();
        Append(hash, outlet);
        Span<byte> day = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(day, date.DayNumber);
        hash.Append(day);
        hash.Append([0xFF, 0xFE]);
        Append(hash, shopper);
        Append(hash, comment);
        foreach (var g in given)
        {
            Append(hash, g);
        }

        return hash.GetCurrentHashAsUInt64();
    }

    private static void Append(XxHash3 hash, string? text)
    {
        if (text is not null)
        {
            hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        }

        // A separator that no text holds, so ("ab", "c") and ("a", "bc") differ.
        hash.Append([0xFF, 0xFE]);
    }
}
