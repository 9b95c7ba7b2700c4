using Satisfaction.Reports.Workbooks;

namespace Satisfaction.Reports.Writing;

/// <summary>What the sheets of one workbook share while it is written: strings, styles, table ids, the placed tables.</summary>
internal sealed class WorkbookContext(string title, IReadOnlyDictionary<string, TablePlacement> tables)
{
    private uint _tableId;

    public string Title { get; } = title;

    public SharedStrings Strings { get; } = new();

    public StyleBook Styles { get; } = new();

    public Func<string, TablePlacement> Tables { get; } = name =>
        tables.TryGetValue(name, out var placement) ? placement : throw new KeyNotFoundException($"No table named '{name}' in the workbook.");

    public uint NextTableId() => ++_tableId;
}
