using Dapper;
using Npgsql;

namespace Satisfaction.Ingest.Store.Postgres;

// Ledger statements a load and the store share.
internal static class PostgresLedger
{
    public static LedgerEntry? FindArchived(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sha256) =>
        connection.QueryFirstOrDefault<LedgerRow>(
            $"SELECT {LedgerRow.Columns} FROM ingest_file WHERE sha256 = @sha256 AND outcome = 'archived' ORDER BY id LIMIT 1",
            new { sha256 },
            transaction)?.ToEntry();

    /// <summary>A 64-bit advisory lock key for a text (PostgreSQL hashes it).</summary>
    public const string LockKey = "hashtextextended(@key, 0)";
}
