namespace Satisfaction.Reports.Workbooks;

/// <summary>One column of a named table: its header, how to get the value from a row, and how to show it.</summary>
public sealed record TableColumn<T>(string Header, Func<T, object?> Value, ColumnKind Kind);
