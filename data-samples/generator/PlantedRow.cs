namespace Satisfaction.Samples;

/// <summary>A row made bad on purpose: its row number as Excel shows it (1-based, title and header rows included).</summary>
public sealed record PlantedRow(int RowNumber, BadRowKind Kind, string Id);
