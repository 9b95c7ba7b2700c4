using System.Globalization;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Inbox;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Errors;

/// <summary>
/// Every message the ingestion gives an analyst, in Chinese and English, with a hint on how to fix it.
/// Kept in one place so that wording stays consistent and tests can check it.
/// </summary>
public static class Messages
{
    public static Problem NoHeader(params FileKind[] kinds) => new(
        "前 10 行中找不到表头",
        "no header row among the first 10 rows",
        $"表头须包含 / the header must hold: {string.Join(" / ", kinds.Select(RequiredColumns))}");

    /// <summary>The required columns of a kind of file (DATA-CONTRACT.md 2.3), as an analyst names them.</summary>
    public static string RequiredColumns(FileKind kind) => kind == FileKind.MysteryShop
        ? "访问编号、营业厅编码或营业厅名称、访问日期、检查项（A1…）"
        : "样本编号、营业厅编码或营业厅名称、调查日期、问卷题目（S1…）";

    /// <summary>The required columns a header lacks: the id, the outlet (by code or name) and the date.</summary>
    public static Problem MissingColumns(FileKind kind, IEnumerable<FieldKind> missing)
    {
        var names = missing.Select(field => RequiredColumnName(kind, field)).ToList();
        return new(
            $"{kind.Chinese()}文件缺少必需列：{string.Join("、", names)}",
            $"the {(kind == FileKind.MysteryShop ? "mystery-shop" : "survey")} file lacks required column(s): {string.Join(", ", names)}",
            "请按数据约定补齐列名后重新提交 / add the columns with an accepted header and resubmit");
    }

    public static Problem NeitherKind() => new(
        "无法判断文件类型：表头中既没有检查项编号（A1…、V1…）也没有问卷题号（S1…）",
        "cannot tell the kind of file: the header has neither checklist codes (A1…, V1…) nor question codes (S1…)",
        "暗访文件的列名以检查项编号开头（如 A1 站姿规范），满意度文件以题号开头（如 S1 营业环境）");

    public static Problem BothKinds() => new(
        "表头中同时有检查项编号和问卷题号，一个文件只能是暗访或满意度之一",
        "the header holds both checklist codes and survey question codes; a file is either mystery-shop or survey",
        "请把暗访结果和满意度结果分成两个文件");

    public static Problem DuplicateColumn(string code, IEnumerable<string> columns) => new(
        $"题号 {code} 出现在多列（{string.Join("、", columns)}），无法判断使用哪一列",
        $"code {code} heads more than one column ({string.Join(", ", columns)}); cannot tell which to use",
        "删除重复的列后重新提交 / remove the duplicate column and resubmit");

    public static Problem NoDataRows() => new(
        "文件只有表头，没有数据行",
        "the file has a header but no data rows");

    public static Problem TooManyRejected(int rejected, int dataRows) => new(
        $"被拒绝的数据行过多：{rejected}/{dataRows}（{Percent(rejected, dataRows)}），超过 20%，整个文件不予加载",
        $"too many rejected rows: {rejected} of {dataRows} ({Percent(rejected, dataRows)}), over 20%: nothing of the file is loaded",
        "请按错误明细修正后重新提交整个文件 / fix the rows listed and resubmit the whole file");

    public static Problem DuplicateFile(string earlierName, DateTimeOffset when) => new(
        $"与已加载的文件 {earlierName}（{when:yyyy-MM-dd HH:mm}）内容完全相同，未重复加载",
        $"identical in content (SHA-256) to {earlierName}, loaded {when:yyyy-MM-dd HH:mm}: nothing loaded again");

    public static Problem ItemsMissingFromFile(IEnumerable<string> codes) => new(
        $"文件中没有以下题目的列，按不适用处理：{string.Join("、", codes)}",
        $"no column for these codes; treated as not applicable: {string.Join(", ", codes)}");

    public static Problem UnknownCodeColumns(IEnumerable<string> headers) => new(
        $"以下列像题号但不在评分方案中，已忽略：{string.Join("、", headers)}",
        $"these columns look like codes but are not in the scheme, and were ignored: {string.Join(", ", headers)}",
        "如果是新增题目，请先更新评分方案 / if these are new items, update the scheme first");

    public static Problem MissingId(string field) => new(
        $"缺少{field}",
        $"the {field} is missing",
        "每一行都需要唯一编号 / every row needs its own id");

    public static Problem UnknownOutlet(string? code, string? name, IReadOnlyList<string> hints) => new(
        $"营业厅不在主数据中：{Describe(code, name)}",
        $"outlet not in the master: {Describe(code, name)}",
        hints.Count == 0 ? "请核对营业厅编码或名称" : "最接近的营业厅 / closest outlets: " + string.Join("、", hints));

    public static Problem OutletCodeUnknownNameMatched(string code, string outletCode) => new(
        $"营业厅编码 {code} 不在主数据中，已按名称匹配到 {outletCode}",
        $"outlet code {code} is not in the master; matched by name to {outletCode}");

    public static Problem CityDiffers(string given, string master) => new(
        $"地市“{given}”与主数据“{master}”不一致，以主数据为准",
        $"city '{given}' differs from the master's '{master}'; the master's is used");

    public static Problem NoApplicableItem() => new(
        "该次暗访所有计分检查项均为不适用，无法计分",
        "every scored checklist item of this visit is not applicable: the visit cannot be scored");

    public static Problem NoAnswer() => new(
        "该样本所有题目均未作答",
        "this respondent answered no question");

    public static Problem DuplicateIdentical(string id, int firstRow) => new(
        $"编号 {id} 与第 {firstRow} 行重复且内容相同，只保留一行",
        $"id {id} repeats row {firstRow} with identical content; kept once");

    public static Problem DuplicateConflict(string id, int otherRow) => new(
        $"编号 {id} 与第 {otherRow} 行重复且内容不同，两行均不予加载",
        $"id {id} also appears in row {otherRow} with different content; both rows are rejected",
        "同一编号只能出现一次 / an id may appear only once");

    public static Problem ProgramFailed(Exception failure) => new(
        $"处理该文件时程序出错：{failure.Message}",
        $"the program failed on this file: {failure.GetType().Name}: {failure.Message}",
        "请把该文件和错误报告交给系统维护人员 / pass the file and this report to the product's maintainers");

    public static Problem RowsRejected(int rejected) => new(
        $"{rejected} 行被拒绝，见错误报告",
        $"{rejected} row(s) rejected: see the error report");

    public static Problem NotARegularFile(NodeType type, string? linkTarget) => new(
        $"不是普通文件（{Chinese(type)}{(linkTarget is null ? string.Empty : " → " + linkTarget)}），未打开也未读取，原样隔离",
        $"not a regular file ({English(type)}{(linkTarget is null ? string.Empty : " to " + linkTarget)}): never opened or read, set aside as it is",
        "请把文件本身放入收件箱，而不是链接、管道或设备 / drop the file itself into the inbox, not a link, pipe or device");

    public static Problem NameDecoded(string encoding) => encoding == FileNameDecoding.Gb18030
        ? new(
            "文件名不是 UTF-8 编码，已按 GB18030（GBK）解码",
            "the file name was not UTF-8; it was decoded as GB18030 (GBK)",
            "文件名来自中文 Windows 的旧编码；可不必处理 / the name came in Chinese Windows' old encoding; nothing needs doing")
        : new(
            "文件名既不是 UTF-8 也不是 GB18030，按字节显示",
            "the file name is neither UTF-8 nor GB18030; it is shown byte for byte",
            "请用常规字符重新命名后提交 / rename the file with ordinary characters and resubmit");

    private static string Chinese(NodeType type) => type switch
    {
        NodeType.SymbolicLink => "符号链接",
        NodeType.Fifo => "命名管道",
        NodeType.Socket => "套接字",
        NodeType.CharacterDevice => "字符设备",
        NodeType.BlockDevice => "块设备",
        NodeType.Directory => "文件夹",
        _ => "未知类型",
    };

    private static string English(NodeType type) => type switch
    {
        NodeType.SymbolicLink => "a symbolic link",
        NodeType.Fifo => "a named pipe (FIFO)",
        NodeType.Socket => "a socket",
        NodeType.CharacterDevice => "a character device",
        NodeType.BlockDevice => "a block device",
        NodeType.Directory => "a folder",
        _ => "of an unknown type",
    };

    /// <summary>Where reading stopped, added to a reading problem met after some rows.</summary>
    public static Problem AfterRow(Problem problem, int lastRow) => lastRow <= 0 ? problem : problem with
    {
        Chinese = $"{problem.Chinese}（第 {lastRow} 行之后）",
        English = $"{problem.English} (after row {lastRow})",
    };

    private static string RequiredColumnName(FileKind kind, FieldKind field) => field switch
    {
        FieldKind.VisitId => "访问编号 (VisitId)",
        FieldKind.RespondentId => "样本编号 (RespondentId)",
        FieldKind.OutletCode or FieldKind.OutletName => "营业厅编码或营业厅名称 (OutletCode / OutletName)",
        FieldKind.Date => kind == FileKind.MysteryShop ? "访问日期 (Date)" : "调查日期 (Date)",
        _ => field.ToString(),
    };

    private static string Describe(string? code, string? name) => (code, name) switch
    {
        (not null, not null) => $"{code} / {name}",
        (not null, null) => code,
        (null, not null) => name,
        _ => "(空 / empty)",
    };

    private static string Percent(int part, int whole) =>
        (whole == 0 ? 0 : (double)part / whole).ToString("0.0%", CultureInfo.InvariantCulture);
}
