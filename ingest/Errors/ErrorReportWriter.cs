using System.Globalization;
using System.Xml;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Text;

namespace Satisfaction.Ingest.Errors;

/// <summary>
/// Writes a file's error report workbook: a summary sheet and one row per issue (file, sheet, row as
/// Excel numbers it, column, header, value, message in Chinese and English, hint). Streamed as XML
/// (<see cref="ErrorReportPackage"/>), so a file with a hundred thousand bad rows costs no more memory than one with
/// ten. Values are inline text, never formulas, and vendor text is masked (<see cref="PersonalDataMask"/>):
/// the file name, headers, values, and the messages and reasons that quote them. Written to a temporary
/// name and renamed into place.
/// </summary>
public static class ErrorReportWriter
{
    private const string SummarySheet = "概要 Summary";
    private const string IssuesSheet = "错误明细 Issues";
    private const int HeaderStyle = 1;
    private const int WrapStyle = 2;
    private const string Main = ErrorReportPackage.MainNamespace;

    private static readonly (string Title, double Width)[] IssueColumns =
    [
        ("文件 File", 28), ("工作表 Sheet", 14), ("行 Row", 8), ("列 Column", 9), ("列名 Header", 18),
        ("值 Value", 18), ("级别 Severity", 12), ("说明", 48), ("Message", 48), ("建议 Hint", 40),
    ];

    public static void Write(string path, FileReport report)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var package = new ErrorReportPackage(temporary))
        {
            package.WriteFrame(SummarySheet, IssuesSheet, report.Issues.Count);
            using (var summary = package.Xml("xl/worksheets/sheet1.xml"))
            {
                WriteSummary(summary, report);
            }

            using var issues = package.Xml("xl/worksheets/sheet2.xml");
            WriteIssues(issues, report);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static void WriteSummary(XmlWriter writer, FileReport report)
    {
        var e = report.Entry;
        var errors = report.Issues.Count(i => i.Severity == IssueSeverity.Error);
        var rows = new List<(string Label, string Value)>
        {
            ("文件 File", Masked(e.Name)),
            ("SHA-256", e.Sha256),
            ("大小 Size (bytes)", e.Size.ToString(CultureInfo.InvariantCulture)),
            ("结果 Outcome", $"{e.Outcome.Chinese()} {e.Outcome.Stored()}"),
            ("类型 Kind", e.Kind is { } k ? $"{k.Chinese()} {k.Stored()}" : "—"),
            ("读取方式 Read as", e.Description ?? "—"),
            ("已加载行 Rows loaded", e.RowsLoaded.ToString(CultureInfo.InvariantCulture)),
            ("被拒绝行 Rows rejected", e.RowsRejected.ToString(CultureInfo.InvariantCulture)),
            ("跳过行 Rows skipped (blank, totals, notes)", e.RowsSkipped.ToString(CultureInfo.InvariantCulture)),
            ("替换的早先行 Earlier rows replaced", e.RowsReplaced.ToString(CultureInfo.InvariantCulture)),
            ("错误 Errors / 警告 Warnings", $"{errors} / {report.Issues.Count - errors}"),
            ("处理时间 Processed (UTC)", e.ProcessedUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
            ("存放位置 Stored at", e.StoredPath),
        };
        rows.AddRange(e.Reasons.Select((r, i) => (i == 0 ? "原因 Reasons" : string.Empty, Masked(r))));
        if (report.IssuesNotListed > 0)
        {
            rows.Add(("未列出 Not listed", $"另有 {report.IssuesNotListed} 条问题未列出 / {report.IssuesNotListed} more issues not listed"));
        }

        writer.WriteStartElement("worksheet", Main);
        FitToWidth(writer);
        writer.WriteStartElement("cols", Main);
        Column(writer, 1, 40);
        Column(writer, 2, 90);
        writer.WriteEndElement();
        writer.WriteStartElement("sheetData", Main);
        var number = 1;
        foreach (var (label, value) in rows)
        {
            StartRow(writer, number++);
            WriteText(writer, label, HeaderStyle);
            WriteText(writer, value, WrapStyle);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        WritePrintSetup(writer);
        writer.WriteEndElement();
    }

    private static void WriteIssues(XmlWriter writer, FileReport report)
    {
        writer.WriteStartElement("worksheet", Main);
        FitToWidth(writer);
        writer.WriteStartElement("sheetViews", Main);
        writer.WriteStartElement("sheetView", Main);
        writer.WriteAttributeString("tabSelected", "1");
        writer.WriteAttributeString("workbookViewId", "0");
        writer.WriteStartElement("pane", Main);
        writer.WriteAttributeString("ySplit", "1");
        writer.WriteAttributeString("topLeftCell", "A2");
        writer.WriteAttributeString("activePane", "bottomLeft");
        writer.WriteAttributeString("state", "frozen");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("cols", Main);
        for (var i = 0; i < IssueColumns.Length; i++)
        {
            Column(writer, i + 1, IssueColumns[i].Width);
        }

        writer.WriteEndElement();
        writer.WriteStartElement("sheetData", Main);
        StartRow(writer, 1);
        foreach (var (title, _) in IssueColumns)
        {
            WriteText(writer, title, HeaderStyle);
        }

        writer.WriteEndElement();
        var number = 2;
        foreach (var issue in report.Issues)
        {
            StartRow(writer, number++, Lines(issue));
            WriteText(writer, Masked(report.Entry.Name));
            WriteText(writer, Masked(issue.Sheet));
            if (issue.Row is { } row)
            {
                writer.WriteStartElement("c", Main);
                writer.WriteAttributeString("t", "n");
                writer.WriteElementString("v", Main, row.ToString(CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }
            else
            {
                WriteText(writer, "—");
            }

            WriteText(writer, issue.ColumnLetter ?? "—");
            WriteText(writer, Masked(issue.Header));
            WriteText(writer, Masked(issue.Value));
            WriteText(writer, issue.Severity == IssueSeverity.Error ? "错误 error" : "警告 warning");
            WriteText(writer, Masked(issue.Problem.Chinese), WrapStyle);
            WriteText(writer, Masked(issue.Problem.English), WrapStyle);
            WriteText(writer, Masked(issue.Problem.Hint), WrapStyle);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteStartElement("autoFilter", Main);
        writer.WriteAttributeString("ref", "A1:J" + (number - 1).ToString(CultureInfo.InvariantCulture));
        writer.WriteEndElement();
        WritePrintSetup(writer);
        writer.WriteEndElement();
    }

    // Wrapped messages need their row tall enough: viewers do not all grow rows on their own, so the
    // height is estimated from the text (a CJK character is about two Latin widths).
    private static int Lines(RowIssue issue) =>
        Math.Max(Lines(issue.Problem.Chinese, IssueColumns[7].Width), Math.Max(Lines(issue.Problem.English, IssueColumns[8].Width), Lines(issue.Problem.Hint, IssueColumns[9].Width)));

    private static void StartRow(XmlWriter writer, int number, int lines = 1)
    {
        writer.WriteStartElement("row", Main);
        writer.WriteAttributeString("r", number.ToString(CultureInfo.InvariantCulture));
        if (lines > 1)
        {
            writer.WriteAttributeString("ht", (15 * lines).ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("customHeight", "1");
        }
    }

    private static void Column(XmlWriter writer, int index, double width)
    {
        writer.WriteStartElement("col", Main);
        var at = index.ToString(CultureInfo.InvariantCulture);
        writer.WriteAttributeString("min", at);
        writer.WriteAttributeString("max", at);
        writer.WriteAttributeString("width", width.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("customWidth", "1");
        writer.WriteEndElement();
    }

    private static int Lines(string? text, double width)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 1;
        }

        var units = text.Sum(c => c >= '\u2E80' ? 2.0 : 1.0);
        return Math.Min(15, (int)Math.Ceiling(units / (width - 2)));
    }

    private static string Masked(string? vendorText) => PersonalDataMask.Mask(vendorText) ?? string.Empty;

    // Printed landscape, one page wide: analysts print these to go through them with the vendor.
    private static void FitToWidth(XmlWriter writer)
    {
        writer.WriteStartElement("sheetPr", Main);
        writer.WriteStartElement("pageSetUpPr", Main);
        writer.WriteAttributeString("fitToPage", "1");
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WritePrintSetup(XmlWriter writer)
    {
        writer.WriteStartElement("pageMargins", Main);
        writer.WriteAttributeString("left", "0.4");
        writer.WriteAttributeString("right", "0.4");
        writer.WriteAttributeString("top", "0.6");
        writer.WriteAttributeString("bottom", "0.6");
        writer.WriteAttributeString("header", "0.3");
        writer.WriteAttributeString("footer", "0.3");
        writer.WriteEndElement();
        writer.WriteStartElement("pageSetup", Main);
        writer.WriteAttributeString("fitToWidth", "1");
        writer.WriteAttributeString("fitToHeight", "0");
        writer.WriteAttributeString("orientation", "landscape");
        writer.WriteEndElement();
    }

    private static void WriteText(XmlWriter writer, string text, int style = 0)
    {
        writer.WriteStartElement("c", Main);
        if (style != 0)
        {
            writer.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteAttributeString("t", "inlineStr");
        writer.WriteStartElement("is", Main);
        writer.WriteStartElement("t", Main);
        writer.WriteAttributeString("xml", "space", null, "preserve");
        writer.WriteString(XmlText.Clean(text));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
