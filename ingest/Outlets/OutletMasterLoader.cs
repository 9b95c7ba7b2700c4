using System.Globalization;
using Satisfaction.Ingest.Reading;

namespace Satisfaction.Ingest.Outlets;

/// <summary>
/// Loads the outlet master from CSV or XLSX (columns 省分, 地市, 营业厅编码, 营业厅名称, 别名 split on '|',
/// optional 级别). Codes are kept as text. Throws <see cref="OutletMasterException"/> listing every problem.
/// </summary>
public static class OutletMasterLoader
{
    private const int HeaderSearchRows = 10;

    private static readonly string[] Required = ["省分", "地市", "营业厅编码", "营业厅名称", "别名"];

    public static OutletMaster Load(string path) => new(ReadOutlets(path));

    /// <summary>Parses and validates the master; every problem of the file is collected before throwing.</summary>
    internal static IReadOnlyList<Outlet> ReadOutlets(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var opened = TableSourceFactory.Open(path);
        if (opened.Source is not { } source)
        {
            throw Invalid(path, [$"{opened.Problem!.Chinese} / {opened.Problem.English}"]);
        }

        using (source)
        {
            try
            {
                return Read(path, source);
            }
            catch (TableReadException e)
            {
                throw Invalid(path, [$"{e.Problem.Chinese} / {e.Problem.English}"]);
            }
        }
    }

    private static List<Outlet> Read(string path, ITableSource source)
    {
        foreach (var sheet in source.Sheets())
        {
            using var rows = sheet.Rows.GetEnumerator();
            var columns = FindHeader(rows);
            if (columns is not null)
            {
                return ReadRows(path, rows, columns);
            }
        }

        throw Invalid(path, [$"前 {HeaderSearchRows} 行中没有同时含“营业厅编码”和“营业厅名称”的表头 / no header row with 营业厅编码 and 营业厅名称 in the first {HeaderSearchRows} rows"]);
    }

    /// <summary>The column index of each header name, from the first of the first rows holding 营业厅编码 and 营业厅名称.</summary>
    private static Dictionary<string, int>? FindHeader(IEnumerator<RawRow> rows)
    {
        for (var seen = 0; seen < HeaderSearchRows && rows.MoveNext(); seen++)
        {
            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var cells = rows.Current.Cells;
            for (var i = 0; i < cells.Length; i++)
            {
                if (Text(cells[i]) is { } name)
                {
                    columns.TryAdd(name, i);
                }
            }

            if (columns.ContainsKey("营业厅编码") && columns.ContainsKey("营业厅名称"))
            {
                return columns;
            }
        }

        return null;
    }

    private static List<Outlet> ReadRows(string path, IEnumerator<RawRow> rows, Dictionary<string, int> columns)
    {
        var problems = Required.Where(name => !columns.ContainsKey(name))
            .Select(name => $"缺少列“{name}” / missing column {name}")
            .ToList();
        if (problems.Count > 0)
        {
            throw Invalid(path, problems);
        }

        var outlets = new List<Outlet>();
        var firstRowOfCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (rows.MoveNext())
        {
            var row = rows.Current;
            string? Cell(string name) => columns.TryGetValue(name, out var i) && i < row.Cells.Length ? Text(row.Cells[i]) : null;
            if (row.Cells.All(c => Text(c) is null))
            {
                continue;
            }

            var number = row.Number.ToString(CultureInfo.InvariantCulture);
            var (province, city, code, name) = (Cell("省分"), Cell("地市"), Cell("营业厅编码"), Cell("营业厅名称"));
            var rowProblems = new List<string>();
            Require(rowProblems, code, number, "营业厅编码为空", "empty code");
            Require(rowProblems, name, number, "营业厅名称为空", "missing name");
            Require(rowProblems, city, number, "地市为空", "missing city");
            Require(rowProblems, province, number, "省分为空", "missing province");
            if (code is not null && !firstRowOfCode.TryAdd(code, row.Number))
            {
                var first = firstRowOfCode[code].ToString(CultureInfo.InvariantCulture);
                rowProblems.Add($"营业厅编码 {code} 重复（第 {first} 行和第 {number} 行） / duplicate code {code} on rows {first} and {number}");
            }

            problems.AddRange(rowProblems);
            if (rowProblems.Count == 0)
            {
                outlets.Add(new Outlet(province!, city!, code!, name!, Aliases(Cell("别名")), Cell("级别")));
            }
        }

        // A master without outlets would quarantine every vendor file as "unknown outlet": refuse it instead.
        if (outlets.Count == 0 && problems.Count == 0)
        {
            problems.Add("表头下没有营业厅 / the master lists no outlets under its header");
        }

        return problems.Count > 0 ? throw Invalid(path, problems) : outlets;
    }

    private static void Require(List<string> problems, string? value, string row, string chinese, string english)
    {
        if (value is null)
        {
            problems.Add($"第 {row} 行{chinese} / {english} on row {row}");
        }
    }

    private static string[] Aliases(string? cell) =>
        cell is null ? [] : cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A cell as trimmed text; numbers without ".0" (a code typed as 1001 stays "1001"). Null when empty.</summary>
    private static string? Text(object? cell)
    {
        var text = cell switch
        {
            null => null,
            string s => s,
            double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            DateTime t => t.TimeOfDay == TimeSpan.Zero
                ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            _ => Convert.ToString(cell, CultureInfo.InvariantCulture),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static OutletMasterException Invalid(string path, IReadOnlyList<string> problems) => new(path, problems);
}
