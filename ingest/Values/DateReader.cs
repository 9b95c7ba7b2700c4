namespace Satisfaction.Ingest.Values;

/// <summary>
/// Reads a visit date (DATA-CONTRACT.md 2.4): a real Excel date (DateTime), an Excel serial number,
/// 2026-07-05, 2026/7/5, 2026.7.5, 2026年7月5日, 20260705 (text or number), with an optional time after it
/// that is ignored. Full-width digits are folded. Dates outside 2000-01-01 … 2099-12-31 are errors.
/// </summary>
public static class DateReader
{
    public static ValueResult<DateOnly> Read(object? cell) => throw new NotImplementedException();
}
