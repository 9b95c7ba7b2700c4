using System.Globalization;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Reading;

/// <summary>Every message a reader gives about a file it cannot open or read on, in one place.</summary>
internal static class ReadProblems
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Problem UnsupportedType(string extension) => new(
        $"不支持的文件类型：{Shown(extension)}（可接受：.csv、.xlsx、.xls）",
        $"unsupported file type: {Shown(extension)} (accepted: .csv, .xlsx, .xls)",
        "请另存为 Excel 工作簿（.xlsx）或 CSV 后重新提交 / save the file as an Excel workbook (.xlsx) or CSV and submit it again");

    public static Problem Empty() => new("文件为空", "the file is empty");

    public static Problem NotText() => new(
        "文件不是文本文件（含有 NUL 字节），无法作为 CSV 读取",
        "the file is not text (it contains NUL bytes) and cannot be read as CSV",
        "请在 Excel 中打开后另存为“CSV UTF-8”或 Excel 工作簿 / open it in Excel and save it as \"CSV UTF-8\" or as a workbook");

    public static Problem Damaged(string? detail = null) => new(
        "文件已损坏或不是有效的 Excel 文件",
        "the file is damaged or not a valid Excel workbook",
        detail);

    public static Problem PasswordProtected() => new(
        "工作簿有密码保护，无法读取",
        "the workbook is password-protected and cannot be read",
        "请去掉密码后重新提交 / remove the password and submit it again");

    public static Problem ZipEntryTooLarge(string entry, long bytes, long limit) => new(
        $"文件中的部件 {entry} 解压后过大（{Mb(bytes)}，上限 {Mb(limit)}），可能是恶意文件",
        $"the part {entry} would unpack to {Mb(bytes)} (limit {Mb(limit)}); the file may be hostile");

    public static Problem ZipRatioTooHigh(string entry, long bytes, double ratio, double limit) => new(
        $"文件中的部件 {entry} 压缩比异常（{Mb(bytes)}，压缩比 {Ratio(ratio)}，上限 {Ratio(limit)}），可能是压缩炸弹",
        $"the part {entry} unpacks to {Mb(bytes)} at a compression ratio of {Ratio(ratio)} (limit {Ratio(limit)}); the file may be a zip bomb");

    public static Problem MarkupRunTooLong(string entry, long limit) => new(
        $"文件中的部件 {entry} 含有长于 {Mb(limit)} 的单段文本或标记（Excel 单元格最多 32767 个字符），可能是恶意文件",
        $"the part {entry} holds a single text or tag longer than {Mb(limit)} (an Excel cell holds at most 32,767 characters); the file may be hostile");

    public static Problem RowTooWideInPart(string entry, long row, int limit) => new(
        $"文件中的部件 {entry} 第 {row.ToString(Invariant)} 个行元素的单元格超过 {limit.ToString(Invariant)} 个，可能是恶意文件",
        $"row element {row.ToString(Invariant)} of the part {entry} has more than {limit.ToString(Invariant)} cells; the file may be hostile");

    public static Problem TooManyRowsInPart(string entry, long limit) => new(
        $"文件中的部件 {entry} 的行数超过 Excel 上限 {limit.ToString(Invariant)}，可能是恶意文件",
        $"the part {entry} has more rows than Excel's limit of {limit.ToString(Invariant)}; the file may be hostile",
        "数据更多时请分成几个文件或另存为 CSV / split larger data into several files or save it as CSV");

    public static Problem CannotOpen(string detail) => new("无法打开文件", "the file cannot be opened", detail);

    public static Problem TooManyColumnsInSheet(string sheet, long columns, int limit) => new(
        $"工作表“{sheet}”的列数超过上限 {limit.ToString(Invariant)}（{columns.ToString(Invariant)} 列）",
        $"the sheet \"{sheet}\" has more than {limit.ToString(Invariant)} columns ({columns.ToString(Invariant)})");

    public static Problem TooManyColumnsInRow(int row, long columns, int limit) => new(
        $"第 {row.ToString(Invariant)} 行的列数超过上限 {limit.ToString(Invariant)}（至少 {columns.ToString(Invariant)} 列）",
        $"row {row.ToString(Invariant)} has more than {limit.ToString(Invariant)} columns (at least {columns.ToString(Invariant)})",
        "检查分隔符或多余的逗号 / check the delimiter and stray commas");

    public static Problem CellTooLong(int row, int column, long characters, int limit) => new(
        $"第 {row.ToString(Invariant)} 行第 {column.ToString(Invariant)} 列（{ColumnLetters.Of(column)}）的单元格超过 {limit.ToString(Invariant)} 个字符（至少 {characters.ToString(Invariant)}）",
        $"the cell at row {row.ToString(Invariant)}, column {column.ToString(Invariant)} ({ColumnLetters.Of(column)}) holds more than {limit.ToString(Invariant)} characters (at least {characters.ToString(Invariant)})",
        "可能是引号未闭合 / an unclosed quote often causes this");

    public static Problem CsvMalformed(int row, string detail) => new(
        $"CSV 格式错误，第 {row.ToString(Invariant)} 行附近",
        $"malformed CSV near row {row.ToString(Invariant)}",
        detail);

    public static Problem SheetUnreadable(string sheet, string detail) => new(
        $"工作表“{sheet}”已损坏，无法读取",
        $"the sheet \"{sheet}\" is damaged and cannot be read",
        detail);

    private static string Shown(string extension) => extension.Length == 0 ? "(none)" : extension;

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", Invariant) + " MB";

    private static string Ratio(double ratio) => ratio.ToString("0", Invariant) + ":1";
}
