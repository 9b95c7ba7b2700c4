using ClosedXML.Excel;
using Satisfaction.Ingest.Tests.Support;
using static Satisfaction.Ingest.Tests.Support.VendorCsv;

namespace Satisfaction.Ingest.Tests.Pipeline;

// DATA-CONTRACT.md 2.5: every file gets an error report: file, sheet, row as Excel numbers it, column, value, message.
public sealed class ErrorReportTests : IDisposable
{
    private readonly IngestHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void ARejectedRowIsReportedWithItsExcelRowColumnAndValue()
    {
        var rows = Enumerable.Range(1, 9).Select(i => SurveyRow($"R{i}")).ToList();
        rows.Insert(4, "R99,0250101,2026-07-05,8,8,8,8,8,8,8,,11,8");
        Write(_h.Inbox, "survey.csv", rows.Prepend(SurveyHeader));

        var entry = _h.RunOne();

        using var workbook = new XLWorkbook(entry.ReportPath);
        var issues = workbook.Worksheet("错误明细 Issues");
        var row = issues.Row(2);
        Assert.Equal("survey.csv", row.Cell(1).GetString());
        Assert.Equal(6, row.Cell(3).GetValue<int>());
        Assert.Equal("L", row.Cell(4).GetString());
        Assert.Equal("S9", row.Cell(5).GetString());
        Assert.Equal("11", row.Cell(6).GetString());
        Assert.Contains("S9", row.Cell(9).GetString(), StringComparison.Ordinal);
        Assert.True(issues.Row(3).IsEmpty());
    }

    [Fact]
    public void AQuarantinedFileHasItsReasonAsTheFirstIssueAndInTheSummary()
    {
        Write(_h.Inbox, "bad.csv", ["foo,bar", "1,2"]);

        var entry = _h.RunOne();

        using var workbook = new XLWorkbook(entry.ReportPath);
        Assert.Contains("no header row", workbook.Worksheet("错误明细 Issues").Cell(2, 9).GetString(), StringComparison.Ordinal);
        Assert.Contains(workbook.Worksheet("概要 Summary").CellsUsed(), c => c.GetString().Contains("quarantined", StringComparison.Ordinal));
    }

    [Fact]
    public void TheReportPassesTheOpenXmlValidatorAndPrintsOnePageWide()
    {
        var rows = Enumerable.Range(1, 9).Select(i => SurveyRow($"R{i}")).Append(SurveyRow("R10", date: "2026-13-01")).Prepend(SurveyHeader);
        Write(_h.Inbox, "survey.csv", rows);

        var entry = _h.RunOne();

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(entry.ReportPath, false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document);
        Assert.Empty(errors.Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var setups = document.WorkbookPart!.WorksheetParts.Select(w => w.Worksheet.Elements<DocumentFormat.OpenXml.Spreadsheet.PageSetup>().Single()).ToList();
        Assert.All(setups, p => Assert.Equal(1u, p.FitToWidth!.Value));
    }

    [Fact]
    public void VendorTextThatLooksLikeAFormulaStaysText()
    {
        var rows = Enumerable.Range(1, 9).Select(i => SurveyRow($"R{i}")).Append(SurveyRow("R10", outlet: "=1+2")).Prepend(SurveyHeader);
        Write(_h.Inbox, "survey.csv", rows);

        var entry = _h.RunOne();

        using var workbook = new XLWorkbook(entry.ReportPath);
        var cell = workbook.Worksheet("错误明细 Issues").Cell(2, 6);
        Assert.False(cell.HasFormula);
        Assert.Equal("=1+2", cell.GetString());
    }

    [Fact]
    public void PhoneAndIdCardNumbersInRejectedValuesAreMaskedInTheReport()
    {
        var rows = Enumerable.Range(1, 12).Select(i => SurveyRow($"R{i}")).ToList();
        rows.Add("R13,0250101,2026-07-05,+86 139-1234-5678,8,8,8,8,8,8,,8,8");
        rows.Add("R14,0250101,2026-07-05,8,１３９１２３４５６７８,8,8,8,8,8,,8,8");
        rows.Add("R15,0250101,2026-07-05,8,8,320102900101123,8,8,8,8,,8,8");
        Write(_h.Inbox, "survey.csv", rows.Prepend(SurveyHeader));

        var entry = _h.RunOne();

        using var workbook = new XLWorkbook(entry.ReportPath);
        var issues = workbook.Worksheet("错误明细 Issues");
        var texts = issues.CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Equal(["+86 139-****-5678", "１３９****５６７８", "320102*****1123"], Enumerable.Range(2, 3).Select(r => issues.Cell(r, 6).GetString()));
        Assert.DoesNotContain(texts, t => t.Contains("1234-5678", StringComparison.Ordinal) || t.Contains("１２３４", StringComparison.Ordinal) || t.Contains("900101", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("'+86 139-****-5678' is not an accepted score", StringComparison.Ordinal));
    }
}
