namespace Satisfaction.Reports.Rendering;

/// <summary>A workbook written, with the PNG pictures written beside it.</summary>
public sealed record WrittenWorkbook(string Path, IReadOnlyList<string> Pictures);
