namespace Satisfaction.Ingest.Reading;

/// <summary>
/// One visible sheet (a CSV file is one sheet named after the file). <see cref="Rows"/> streams and may be
/// enumerated once only; a malformed file surfaces as <see cref="TableReadException"/> during enumeration.
/// </summary>
public sealed record TableSheet(string Name, IEnumerable<RawRow> Rows);
