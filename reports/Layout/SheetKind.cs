namespace Satisfaction.Reports.Layout;

/// <summary>How a sheet shows and prints, and where its drawings go.</summary>
public enum SheetKind
{
    /// <summary>
    /// 概览: the key figures, the charts in two columns (right of the figures from the top, and below them),
    /// printed on one A4 landscape page.
    /// </summary>
    Overview,

    /// <summary>
    /// A sheet of tables: the first table's header row frozen and repeated on every printed page, printed one
    /// page wide; its charts and pictures below the tables, each starting a printed page of its own.
    /// </summary>
    Tables,

    /// <summary>A sheet to read (方法说明, 数据质量): printed one page wide, nothing frozen or repeated.</summary>
    Document,
}
