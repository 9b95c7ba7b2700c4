using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Satisfaction.Ingest.Store.Postgres;

// Schema version 4 on a PostgreSQL store of version 3: every stored row's JSON answers rewritten as cells
// (JsonAnswersUpgrade) into new bytea columns that then take the old ones' names. Rows are read a chunk at a
// time and their cells copied (binary COPY) into a temporary table, joined back in one UPDATE: one statement
// instead of one round trip per row. All in the migration's transaction.
internal static class PostgresAnswersUpgrade
{
    public static void Run(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        connection.Execute(
            $"""
            CREATE TABLE {FileAnswerCodes.Table} (file_id bigint PRIMARY KEY, codes text NOT NULL);
            CREATE TEMPORARY TABLE answers_upgrade (id bigint PRIMARY KEY, given bytea NOT NULL, answers bytea NOT NULL) ON COMMIT DROP;
            """,
            transaction: transaction);
        var upgrade = new JsonAnswersUpgrade();
        foreach (var chunk in upgrade.ConvertedChunks(connection, transaction))
        {
            using var copy = connection.BeginBinaryImport("COPY answers_upgrade (id, given, answers) FROM STDIN (FORMAT BINARY)");
            foreach (var row in chunk)
            {
                copy.StartRow();
                copy.Write(row.Id, NpgsqlDbType.Bigint);
                copy.Write(row.Given, NpgsqlDbType.Bytea);
                copy.Write(row.Read, NpgsqlDbType.Bytea);
            }

            copy.Complete();
        }

        connection.Execute(
            """
            ALTER TABLE record ADD COLUMN given_cells bytea, ADD COLUMN answer_cells bytea;
            UPDATE record r SET given_cells = u.given, answer_cells = u.answers FROM answers_upgrade u WHERE r.id = u.id;
            ALTER TABLE record DROP COLUMN given, DROP COLUMN answers;
            ALTER TABLE record RENAME COLUMN given_cells TO given;
            ALTER TABLE record RENAME COLUMN answer_cells TO answers;
            ALTER TABLE record ALTER COLUMN given SET NOT NULL, ALTER COLUMN answers SET NOT NULL;
            """,
            transaction: transaction);
        upgrade.StoreFileCodes(connection, transaction);
    }
}
