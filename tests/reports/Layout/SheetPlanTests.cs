using Satisfaction.Reports.Charts;
using Satisfaction.Reports.Layout;
using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Reports.Tests.Layout;

// Positions come from the list alone: a new table is one entry, and charts and pictures follow the tables.
public sealed class SheetPlanTests
{
    private static TableBlock<int> Table(string name, int rows, string? caption = null) => new()
    {
        Name = name,
        Caption = caption,
        Columns = [new("编号", i => i, ColumnKind.Count), new("名称", i => $"第{i}项", ColumnKind.Text)],
        Items = Enumerable.Range(1, rows).ToList(),
    };

    private static ChartDrawing Chart(string table) =>
        ChartDrawing.Of(ChartKind.ClusteredColumn, "图", table, [1, 2], "名称", i => $"第{i}项", [("编号", i => i)]);

    [Fact]
    public void TablesStackFromRowThreeWithABlankRowAndTheirCaptionsAboveThem()
    {
        var plan = SheetPlan.Place(new SheetLayout
        {
            Name = "表",
            Title = "标题",
            Kind = SheetKind.Tables,
            Blocks = [Table("First", 5), Table("Second", 0, caption: "第二表"), Table("Third", 2)],
        });

        Assert.Equal(3, plan.Tables["First"].HeaderRow);
        Assert.Equal(8, plan.Tables["First"].LastDataRow);
        Assert.Equal(11, plan.Tables["Second"].HeaderRow);
        Assert.Equal(12, plan.Tables["Second"].LastDataRow);
        Assert.Equal(14, plan.Tables["Third"].HeaderRow);
        Assert.Equal(3, plan.HeaderRow);
    }

    [Fact]
    public void DrawingsBelowTheTablesEachStartAPageAfterABlankRow()
    {
        var plan = SheetPlan.Place(new SheetLayout
        {
            Name = "表",
            Title = "标题",
            Kind = SheetKind.Tables,
            Blocks = [Table("First", 5)],
            Drawings = [Chart("First"), new PictureDrawing([], "图片", "说明") { Rows = 26 }],
        });

        // Page breaks after rows 9 and 31 (1-based); each drawing starts on the second row of its page
        // (zero-based 10 is row 11) and ends before the next break.
        Assert.Equal([9, 31], plan.RowBreaks);
        Assert.Equal((10, 30), (plan.Drawings[0].Anchor.FromRow, plan.Drawings[0].Anchor.ToRow));
        Assert.Equal((32, 58), (plan.Drawings[1].Anchor.FromRow, plan.Drawings[1].Anchor.ToRow));
    }

    [Fact]
    public void TheOverviewPutsChartsRightOfTheFiguresThenWhereverAColumnEndsHigher()
    {
        var plan = SheetPlan.Place(new SheetLayout
        {
            Name = "概览",
            Title = "标题",
            Kind = SheetKind.Overview,
            Blocks = [Table("Figures", 8)],
            Drawings = [Chart("Figures"), new PictureDrawing([], "图片", "说明") { Rows = 18 }, Chart("Figures")],
        });

        Assert.Empty(plan.RowBreaks);
        Assert.Null(plan.HeaderRow);
        Assert.Equal(new CellAnchor(4, 2, 13, 22), plan.Drawings[0].Anchor);
        Assert.Equal(new CellAnchor(0, 12, 3, 30), plan.Drawings[1].Anchor);
        Assert.Equal(new CellAnchor(4, 23, 13, 43), plan.Drawings[2].Anchor);
    }
}
