namespace Satisfaction.Reports.Layout;

/// <summary>
/// One sheet as a list: its title (row 1), its blocks stacked below, its drawings; how it shows and prints
/// follows from its <see cref="SheetKind"/>.
/// </summary>
public sealed class SheetLayout
{
    public required string Name { get; init; }

    public required string Title { get; init; }

    public required SheetKind Kind { get; init; }

    /// <summary>How many columns the title spans; by default as many as the widest table has.</summary>
    public int? TitleColumns { get; init; }

    public IReadOnlyList<SheetBlock> Blocks { get; init; } = [];

    public IReadOnlyList<SheetDrawing> Drawings { get; init; } = [];

    /// <summary>A sheet whose content is one named table: the title, the table, nothing else.</summary>
    public static SheetLayout Table(string name, string title, TableBlock table) =>
        new() { Name = name, Title = title, Kind = SheetKind.Tables, Blocks = [table] };
}
