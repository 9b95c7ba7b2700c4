using Satisfaction.Ingest.Headers;

namespace Satisfaction.Ingest.Store;

/// <summary>
/// The SELECT of the current rows of a kind within a <see cref="RecordSlice"/>, in load order, with named parameters
/// (@kind, @codes, @from, @to) that both stores bind in their own way; only the outlet condition differs.
/// Columns: record_id, outlet_code, record_date, shopper_id, comment, answers (NULL without answers), file_id.
/// </summary>
internal sealed record RecordSliceQuery(string Sql, string Kind, IReadOnlyCollection<string>? OutletCodes, DateOnly? From, DateOnly? To)
{
    public const int RecordId = 0;
    public const int OutletCode = 1;
    public const int Date = 2;
    public const int ShopperId = 3;
    public const int Comment = 4;
    public const int Answers = 5;
    public const int FileId = 6;

    /// <param name="outletsIn">The condition that outlet_code is one of @codes, in the store's SQL.</param>
    /// <param name="table">The table as the FROM clause names it (with a hint, say).</param>
    public static RecordSliceQuery For(FileKind kind, RecordSlice slice, string outletsIn, string table)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var columns = slice.WithAnswers ? "shopper_id, comment, answers" : "NULL, NULL, NULL";
        var where = new System.Text.StringBuilder("kind = @kind AND superseded_by IS NULL");
        if (slice.OutletCodes is not null)
        {
            where.Append(" AND ").Append(outletsIn);
        }

        if (slice.From is not null)
        {
            where.Append(" AND record_date >= @from");
        }

        if (slice.To is not null)
        {
            where.Append(" AND record_date <= @to");
        }

        return new RecordSliceQuery(
            $"SELECT record_id, outlet_code, record_date, {columns}, file_id FROM {table} WHERE {where} ORDER BY id",
            kind.Stored(),
            slice.OutletCodes,
            slice.From,
            slice.To);
    }
}
