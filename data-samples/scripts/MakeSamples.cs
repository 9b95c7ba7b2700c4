#:project ../generator/Satisfaction.Samples.csproj
#:property PublishAot=false
// Writes the sample inbox (data-samples/inbox) and its expected outcomes (data-samples/expected-outcomes.json).
// Run through make-samples.sh, which also converts the .xls and .pdf samples with LibreOffice.
// Usage: dotnet run MakeSamples.cs -- <data-samples dir> <scratch dir>
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Samples;
using Satisfaction.Samples.Options;

var root = Path.GetFullPath(args[0]);
var scratch = Path.GetFullPath(args[1]);
var inbox = Path.Combine(root, "inbox");
if (Directory.Exists(inbox))
{
    Directory.Delete(inbox, recursive: true);
}

Directory.CreateDirectory(inbox);
Directory.CreateDirectory(scratch);
var scheme = SchemeLoader.Load(Path.Combine(root, "scheme.json"));
var outlets = OutletMasterLoader.Load(Path.Combine(root, "outlets.csv")).Outlets;
IReadOnlyList<Outlet> In(params string[] cities) => [.. outlets.Where(o => cities.Contains(o.City))];
IReadOnlyList<Outlet> First(int n, params string[] cities) => [.. cities.SelectMany(c => outlets.Where(o => o.City == c).Take(n))];
string InInbox(string name) => Path.Combine(inbox, name);

var q3 = new[] { "2026Q3" };
var q2 = new[] { "2026Q2" };
var mysteryIds = new IdAllocator();
var surveyIds = new IdAllocator();
var expected = new List<Expected>();
GenerateOptions Options(IReadOnlyList<Outlet> subset, string[] periods, IdAllocator ids) =>
    new() { Outlets = subset, Scheme = scheme, Periods = periods, Ids = ids, Seed = 20260705 };
void Add(GenerationReport r, string outcome, string why, string? name = null) => expected.Add(Expected.From(r, outcome, why, name));

// 01 clean mystery, UTF-8 with BOM.
var file01 = InInbox("01-暗访-2026Q3-南京无锡常州镇江.csv");
Add(new VendorFileGenerator(Options(In("南京", "无锡", "常州", "镇江"), q3, mysteryIds) with { Header = HeaderStyle.CodeSpaceText })
    .WriteMysteryFile(file01), "archived", "clean UTF-8 (BOM) mystery file");

// 02 survey in GB18030, as Excel on Chinese Windows saves "CSV (逗号分隔)".
Add(new VendorFileGenerator(Options(First(6, "南京"), q3, surveyIds) with { ResponsesPerOutlet = 40, Format = FileFormat.CsvGb18030, Header = HeaderStyle.CodeSpaceText })
    .WriteSurveyFile(InInbox("02-满意度-2026Q3-南京.csv")), "archived", "GB18030 survey file");

// 03 mystery workbook with a title row and a two-row merged header.
var xlsx03 = InInbox("03-暗访-2026Q3-苏州.xlsx");
Add(new VendorFileGenerator(Options(In("苏州"), q3, mysteryIds) with { Format = FileFormat.Xlsx, Header = HeaderStyle.TwoRowGrouped, TitleRow = true })
    .WriteMysteryFile(xlsx03), "archived", "xlsx, title row, two-row header with merged group cells");

// 04 survey workbook whose first sheet (an old draft) is hidden.
Add(new VendorFileGenerator(Options(First(5, "苏州"), q3, surveyIds) with { Format = FileFormat.Xlsx, Header = HeaderStyle.CodeDotText, HiddenFirstSheet = true })
    .WriteSurveyFile(InInbox("04-满意度-2026Q3-苏州.xlsx")), "archived", "xlsx with a hidden first sheet (草稿, all answers 0) that must be ignored");

// 05 Excel's "Unicode 文本": UTF-16 LE with BOM, tab-delimited (renamed .csv by the vendor).
Add(new VendorFileGenerator(Options(In("南通", "泰州", "扬州"), q3, mysteryIds) with { Format = FileFormat.CsvUtf16, Header = HeaderStyle.CodeCommaText })
    .WriteMysteryFile(InInbox("05-暗访-2026Q3-南通泰州扬州.csv")), "archived", "UTF-16 LE (BOM), tab-delimited");

// 06 semicolon-delimited survey, UTF-8 without BOM.
Add(new VendorFileGenerator(Options(First(3, "无锡", "常州"), q3, surveyIds) with { ResponsesPerOutlet = 20, Format = FileFormat.CsvUtf8, Delimiter = ';' })
    .WriteSurveyFile(InInbox("06-满意度-2026Q3-无锡常州.csv")), "archived", "semicolon-delimited UTF-8 without BOM");

// 07 messy mystery file with a few bad rows (under 20%): archived with row errors.
Add(new VendorFileGenerator(Options(In("徐州", "连云港", "宿迁"), q3, mysteryIds) with { Format = FileFormat.CsvGb18030, Header = HeaderStyle.CodeSpaceText, Messy = true, BadRowFraction = 0.07 })
    .WriteMysteryFile(InInbox("07-暗访-2026Q3-徐州连云港宿迁.csv")), "archived with row errors", "every accepted mess plus planted row errors (under 20%)");

// 08 messy mystery file with more than 20% bad rows: quarantined.
Add(new VendorFileGenerator(Options(In("淮安"), q3, mysteryIds) with { Messy = true, BadRowFraction = 0.4 })
    .WriteMysteryFile(InInbox("08-暗访-2026Q3-淮安-初稿.csv")), "quarantined", "more than 20% of data rows rejected");

// 09 mystery file without a date column: quarantined (required column missing).
var full09 = Path.Combine(scratch, "09-full.csv");
var report09 = new VendorFileGenerator(Options(In("盐城"), q3, mysteryIds)).WriteMysteryFile(full09);
var file09 = InInbox("09-暗访-2026Q3-盐城-缺日期.csv");
DropColumn(full09, file09, "访问日期");
Add(report09 with { Path = file09 }, "quarantined", "required date column (访问日期) missing");

// 10 a score summary with neither item nor question codes: quarantined.
var file10 = InInbox("10-营业厅得分汇总-2026Q3.csv");
File.WriteAllText(file10, SummaryWithoutCodes(outlets), new UTF8Encoding(true));
expected.Add(new Expected(Path.GetFileName(file10), "-", "2026Q3", "quarantined", "no checklist item or question codes in the header", 10, 0, 0, 0, [], 0, 0));

// 11 an exact byte copy of 01 under another name: duplicate.
var file11 = InInbox("11-暗访-2026Q3-南京无锡常州镇江(1).csv");
File.Copy(file01, file11);
expected.Add(expected[0] with { File = Path.GetFileName(file11), Outcome = "duplicate", Why = "same SHA-256 as 01", Loaded = 0, Rejected = 0 });

// 12 a resubmission that corrects five 南京 visits of 01 (same visit ids): they replace the earlier rows.
var file12 = InInbox("12-暗访-2026Q3-南京-更正.csv");
var corrected = CorrectVisits(file01, file12, [2, 9, 17, 30, 44]);
expected.Add(new Expected(Path.GetFileName(file12), "mystery", "2026Q3", "archived", $"replaces {corrected.Count} visits of 01: {string.Join(", ", corrected)}", corrected.Count, corrected.Count, 0, corrected.Count, [], 0, 0));

// 13 an Excel 97-2003 workbook: written as xlsx here, converted to .xls by make-samples.sh (LibreOffice).
var xlsx13 = Path.Combine(scratch, "13-暗访-2026Q3-淮安盐城.xlsx");
var report13 = new VendorFileGenerator(Options(In("淮安", "盐城"), q3, mysteryIds) with { Format = FileFormat.Xlsx, Header = HeaderStyle.CodeSpaceText })
    .WriteMysteryFile(xlsx13);
Add(report13 with { Path = Path.ChangeExtension(xlsx13, ".xls") }, "archived", "Excel 97-2003 .xls (the reworked 淮安 and 盐城 file)");

// 14 a PDF of the 苏州 workbook: unsupported type, quarantined (made by make-samples.sh).
expected.Add(new Expected("14-暗访报告-2026Q3-苏州.pdf", "-", "2026Q3", "quarantined", "unsupported file type (.pdf)", 0, 0, 0, 0, [], 0, 0));

// 15, 16 the previous period, so reports have changes: every outlet once, and a survey for 南京 and 苏州.
Add(new VendorFileGenerator(Options(outlets, q2, new IdAllocator()) with { VisitsPerOutlet = 1 })
    .WriteMysteryFile(InInbox("15-暗访-2026Q2-全省.csv")), "archived", "previous period (2026Q2), every outlet once");
Add(new VendorFileGenerator(Options([.. First(6, "南京"), .. First(5, "苏州")], q2, new IdAllocator()) with { ResponsesPerOutlet = 20 })
    .WriteSurveyFile(InInbox("16-满意度-2026Q2-南京苏州.csv")), "archived", "previous period (2026Q2) survey");

File.Copy(xlsx03, Path.Combine(scratch, "14-暗访报告-2026Q3-苏州.xlsx"), overwrite: true);
var json = JsonSerializer.Serialize(expected, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
File.WriteAllText(Path.Combine(root, "expected-outcomes.json"), json + "\n");
foreach (var e in expected)
{
    Console.WriteLine($"| {e.File} | {e.Kind} | {e.Outcome} | {e.DataRows} | {e.Loaded} | {e.Rejected} | {e.IdenticalDuplicates} | {e.Replaces} | {e.OverallAnswered} | {e.MaxRowsPerOutlet} | {string.Join(" ", e.BadRows)} |");
}

static void DropColumn(string source, string target, string header)
{
    var lines = File.ReadAllLines(source, Encoding.UTF8);
    if (lines.Any(l => l.Contains('"', StringComparison.Ordinal)))
    {
        throw new InvalidOperationException("quoted fields: split on commas is not safe");
    }

    var index = Array.IndexOf(lines[0].Split(','), header);
    var kept = lines.Select(l => string.Join(',', l.Split(',').Where((_, i) => i != index)));
    File.WriteAllText(target, string.Join("\r\n", kept) + "\r\n", new UTF8Encoding(true));
}

static string SummaryWithoutCodes(IReadOnlyList<Outlet> outlets)
{
    var sb = new StringBuilder("地市,营业厅编码,营业厅名称,调查日期,综合得分,等级,备注\r\n");
    var scores = new[] { 96.5, 92.0, 88.4, 79.5, 91.2, 85.0, 97.1, 83.3, 90.6, 76.8 };
    foreach (var (o, i) in outlets.Where(o => o.City == "南通").Take(10).Select((o, i) => (o, i)))
    {
        var grade = scores[i] >= 95 ? "优秀" : scores[i] >= 90 ? "良好" : scores[i] >= 80 ? "达标" : "待改进";
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{o.City},{o.Code},{o.Name},2026-08-{10 + i},{scores[i]},{grade},季度汇总\r\n");
    }

    return sb.ToString();
}

static List<string> CorrectVisits(string source, string target, int[] rows)
{
    var lines = File.ReadAllLines(source, Encoding.UTF8);
    var header = lines[0].Split(',');
    var comment = Array.IndexOf(header, "备注");
    var firstItem = Array.FindIndex(header, h => h.StartsWith("A1", StringComparison.Ordinal));
    var lastItem = Array.FindIndex(header, h => h.StartsWith("E5", StringComparison.Ordinal));
    var output = new List<string> { lines[0] };
    var ids = new List<string>();
    foreach (var row in rows)
    {
        var cells = lines[row].Split(',');
        if (!cells[1].Equals("南京", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"row {row} is not a 南京 visit");
        }

        var fixedAt = Array.FindIndex(cells, firstItem, lastItem - firstItem + 1, c => c == "0");
        if (fixedAt >= 0)
        {
            cells[fixedAt] = "1";
        }

        cells[comment] = "复核更正：经录像复核，" + (fixedAt >= 0 ? header[fixedAt].Trim('"').Split(' ')[0] + "项改判为符合" : "备注补充");
        output.Add(string.Join(',', cells));
        ids.Add(cells[0]);
    }

    File.WriteAllText(target, string.Join("\r\n", output) + "\r\n", new UTF8Encoding(true));
    return ids;
}

internal sealed record Expected(
    string File, string Kind, string Periods, string Outcome, string Why, int DataRows, int Loaded, int Rejected,
    int Replaces, string[] BadRows, int IdenticalDuplicates, int OverallAnswered)
{
    public int MaxRowsPerOutlet { get; init; }

    public int SkippedRows { get; init; }

    public int HeaderRowNumber { get; init; }

    public static Expected From(GenerationReport r, string outcome, string why, string? name)
    {
        var quarantined = outcome == "quarantined";
        return new Expected(
            name ?? Path.GetFileName(r.Path),
            r.Kind == VendorFileKind.Mystery ? "mystery" : "survey",
            string.Join(",", r.Periods),
            outcome,
            why,
            r.DataRows,
            quarantined ? 0 : r.ExpectedLoadedRows,
            quarantined && !r.ExpectQuarantine ? 0 : r.RejectedRows,
            0,
            [.. r.BadRows.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key}={kv.Value}")],
            r.IdenticalDuplicates,
            quarantined ? 0 : r.OverallAnswered)
        {
            MaxRowsPerOutlet = r.MaxRowsPerOutlet,
            SkippedRows = r.SkippedRows,
            HeaderRowNumber = r.HeaderRowNumber,
        };
    }
}
