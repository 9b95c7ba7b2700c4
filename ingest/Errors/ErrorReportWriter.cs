using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Text;

namespace Satisfaction.Ingest.Errors;

/// <summary>
/// Writes a file's error report workbook: a summary sheet and one row per issue (file, sheet, row as
/// Excel numbers it, column, header, value, message in Chinese and English, hint). Streamed with the
/// Open XML SDK's writer, so a file with a hundred thousand bad rows costs no more memory than one with
/// ten. Values are inline text, never formulas, and vendor text is masked (<see cref="PersonalDataMask"/>):
/// the file name, headers, values, and the messages and reasons that quote them. Written to a temporary
/// name and renamed into place.
/// </summary>
public static class ErrorReportWriter
{
    private const uint HeaderStyle = 1;
    private const uint WrapStyle = 2;

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
        using (var document = SpreadsheetDocument.Create(temporary, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());

            var summary = workbookPart.AddNewPart<WorksheetPart>();
            WriteSummary(summary, report);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(summary), SheetId = 1, Name = "概要 Summary" });

            var issues = workbookPart.AddNewPart<WorksheetPart>();
            WriteIssues(issues, report);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(issues), SheetId = 2, Name = "错误明细 Issues" });

            var definedNames = new DefinedNames(new DefinedName("'错误明细 Issues'!$A$1:$J$" + (report.Issues.Count + 1).ToString(CultureInfo.InvariantCulture))
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = 1,
                Hidden = true,
            });
            workbookPart.Workbook.Append(definedNames);
            workbookPart.Workbook.Save();
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static void WriteSummary(WorksheetPart part, FileReport report)
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

        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(FitToWidth());
        writer.WriteElement(new Columns(
            new Column { Min = 1, Max = 1, Width = 40, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 90, CustomWidth = true }));
        writer.WriteStartElement(new SheetData());
        var number = 1u;
        foreach (var (label, value) in rows)
        {
            writer.WriteStartElement(new Row { RowIndex = number++ });
            WriteText(writer, label, HeaderStyle);
            WriteText(writer, value, WrapStyle);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        WritePrintSetup(writer);
        writer.WriteEndElement();
    }

    private static void WriteIssues(WorksheetPart part, FileReport report)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(FitToWidth());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { TabSelected = true, WorkbookViewId = 0 }));
        var columns = new Columns();
        for (var i = 0; i < IssueColumns.Length; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = IssueColumns[i].Width, CustomWidth = true });
        }

        writer.WriteElement(columns);
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row { RowIndex = 1 });
        foreach (var (title, _) in IssueColumns)
        {
            WriteText(writer, title, HeaderStyle);
        }

        writer.WriteEndElement();
        var number = 2u;
        foreach (var issue in report.Issues)
        {
            writer.WriteStartElement(IssueRow(number++, issue));
            WriteText(writer, Masked(report.Entry.Name));
            WriteText(writer, Masked(issue.Sheet));
            if (issue.Row is { } row)
            {
                writer.WriteElement(new Cell { CellValue = new CellValue(row), DataType = CellValues.Number });
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
        writer.WriteElement(new AutoFilter { Reference = "A1:J" + (number - 1).ToString(CultureInfo.InvariantCulture) });
        WritePrintSetup(writer);
        writer.WriteEndElement();
    }

    // Wrapped messages need their row tall enough: viewers do not all grow rows on their own, so the
    // height is estimated from the text (a CJK character is about two Latin widths).
    private static Row IssueRow(uint number, RowIssue issue)
    {
        var lines = Math.Max(Lines(issue.Problem.Chinese, IssueColumns[7].Width), Math.Max(Lines(issue.Problem.English, IssueColumns[8].Width), Lines(issue.Problem.Hint, IssueColumns[9].Width)));
        return lines <= 1 ? new Row { RowIndex = number } : new Row { RowIndex = number, Height = 15 * lines, CustomHeight = true };
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
    private static SheetProperties FitToWidth() => new(new PageSetupProperties { FitToPage = true });

    private static void WritePrintSetup(OpenXmlWriter writer)
    {
        writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
    }

    private static void WriteText(OpenXmlWriter writer, string text, uint style = 0)
    {
        var cell = new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
        };
        if (style != 0)
        {
            cell.StyleIndex = style;
        }

        writer.WriteElement(cell);
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
        { Count = 3 });
}
