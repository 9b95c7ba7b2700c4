using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Satisfaction.Reports.Charts;
using Satisfaction.Reports.Layout;
using Satisfaction.Reports.Pictures;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Reports.Writing;

/// <summary>
/// Writes one planned sheet into the package: first its drawing part (charts and pictures, through the Open XML
/// SDK's document model: they are small) and its table parts, then the worksheet itself streamed, its elements
/// in the order CT_Worksheet requires: the cells by <see cref="RowWriter"/>, the rest as SDK elements.
/// </summary>
internal static class SheetWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private const string TableContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
    private static readonly CellStyle TitleStyle = new() { Bold = true, FontSize = 16 };
    private static readonly CellStyle CaptionStyle = new() { Bold = true };

    public static void Write(XlsxPackage package, string part, SheetPlan plan, WorkbookContext context, bool selected)
    {
        var drawingId = WriteDrawings(package, part, plan, context.Tables);
        var tableIds = plan.Layout.Blocks.OfType<TableBlock>().Select(t => WriteTable(package, part, t, plan.Tables[t.Name], context.NextTableId())).ToList();

        using var stream = package.Create(part, ContentType);
        using var writer = XlsxPackage.Xml(stream);
        // The main namespace is both the default (the rows' markup, unprefixed: shorter to checksum and deflate)
        // and "x" (the prefix the SDK's elements are written with).
        writer.WriteStartElement(string.Empty, "worksheet", RowWriter.Namespace);
        writer.WriteAttributeString("xmlns", RowWriter.Prefix, null, RowWriter.Namespace);
        writer.WriteAttributeString("xmlns", "r", null, XlsxPackage.RelationshipNamespace);
        new SheetProperties(new PageSetupProperties { FitToPage = true }).WriteTo(writer);
        new SheetViews(View(plan, selected)).WriteTo(writer);
        new SheetFormatProperties { DefaultRowHeight = 15 }.WriteTo(writer);
        if (plan.Widths.Count > 0)
        {
            new Columns(plan.Widths.OrderBy(w => w.Key).Select(w => new Column { Min = (uint)w.Key, Max = (uint)w.Key, Width = w.Value, CustomWidth = true })).WriteTo(writer);
        }

        writer.WriteStartElement(string.Empty, "sheetData", RowWriter.Namespace);
        // An empty text closes the start tag; flushed, the writer holds nothing, so the rows go to the stream next.
        writer.WriteString(string.Empty);
        writer.Flush();
        WriteCells(new RowWriter(stream, context.Strings, context.Styles), plan);
        writer.WriteEndElement();

        if (plan.TitleColumns > 1)
        {
            new MergeCells(new MergeCell { Reference = $"A{SheetPlan.TitleRow}:{Letter(plan.TitleColumns)}{SheetPlan.TitleRow}" }) { Count = 1 }.WriteTo(writer);
        }

        var priority = 1;
        foreach (var table in plan.Layout.Blocks.OfType<TableBlock>())
        {
            foreach (var format in ConditionalColours.For(table, plan.Tables[table.Name], ref priority))
            {
                format.WriteTo(writer);
            }
        }

        foreach (var element in PrintSetup.For(plan, context.Title))
        {
            element.WriteTo(writer);
        }

        if (drawingId is not null)
        {
            new Drawing { Id = drawingId }.WriteTo(writer);
        }

        if (tableIds.Count > 0)
        {
            new TableParts(tableIds.Select(id => new TablePart { Id = id })) { Count = (uint)tableIds.Count }.WriteTo(writer);
        }

        writer.WriteEndElement();
    }

    private static SheetView View(SheetPlan plan, bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected };
        if (plan.HeaderRow is { } header)
        {
            view.Append(
                new Pane { VerticalSplit = header, TopLeftCell = $"A{header + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{header + 1}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{header + 1}" } });
        }

        return view;
    }

    private static void WriteCells(RowWriter cells, SheetPlan plan)
    {
        cells.StartRow(SheetPlan.TitleRow, 28);
        cells.Text(1, plan.Layout.Title, TitleStyle);
        for (var i = 0; i < plan.Layout.Blocks.Count; i++)
        {
            var block = plan.Layout.Blocks[i];
            if (block.Caption is { } caption)
            {
                cells.StartRow(plan.BlockRows[i] - 1);
                cells.Text(1, caption, CaptionStyle);
            }

            block.Write(cells, plan.BlockRows[i]);
        }

        cells.EndRow();
    }

    private static string? WriteDrawings(XlsxPackage package, string sheetPart, SheetPlan plan, Func<string, TablePlacement> tables)
    {
        if (plan.Drawings.Count == 0)
        {
            return null;
        }

        var drawings = new PackageDrawingParts(package);
        foreach (var (drawing, anchor) in plan.Drawings)
        {
            switch (drawing)
            {
                case ChartDrawing chart:
                    NativeCharts.Add(drawings, chart.Build(tables, anchor));
                    break;
                case PictureDrawing picture:
                    SheetPictures.Add(drawings, picture.Png, new PictureAnchor(anchor.FromColumn, anchor.FromRow) { Height = drawing.Rows * 20 }, picture.Name, picture.Description);
                    break;
                default:
                    throw new NotSupportedException($"No way to draw a {drawing.GetType().Name}.");
            }
        }

        drawings.Save();
        return package.Relate(sheetPart, drawings.Part, "drawing");
    }

    private static string WriteTable(XlsxPackage package, string sheetPart, TableBlock table, TablePlacement placement, uint id)
    {
        var reference = $"A{placement.HeaderRow}:{Letter(table.Headers.Count)}{placement.LastDataRow}";
        var part = package.NextName("xl/tables/table", "xml");
        using (var stream = package.Create(part, TableContentType))
        {
            new Table(
                new AutoFilter { Reference = reference },
                new TableColumns(table.Headers.Select((h, i) => new TableColumn { Id = (uint)i + 1, Name = h })) { Count = (uint)table.Headers.Count },
                new TableStyleInfo { Name = "TableStyleLight9", ShowFirstColumn = false, ShowLastColumn = false, ShowRowStripes = true, ShowColumnStripes = false })
            {
                Id = id,
                Name = table.Name,
                DisplayName = table.Name,
                Reference = reference,
                TotalsRowShown = false,
            }.Save(stream);
        }

        return package.Relate(sheetPart, part, "table");
    }

    internal static string Letter(int column) => Ingest.Errors.ExcelColumn.Letter(column - 1);
}
