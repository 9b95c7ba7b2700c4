using Dapper;
using Microsoft.Data.Sqlite;

namespace Satisfaction.Ingest.Store;

// Schema version 4 on a SQLite store of an earlier version: every stored row's JSON answers rewritten as cells
// (JsonAnswersUpgrade), a chunk of rows at a time so memory stays flat on a large store, inside the migration's
// transaction. The columns keep their declared TEXT type (SQLite stores the BLOB values as they are); a store
// created at version 4 declares them BLOB.
internal static class SqliteAnswersUpgrade
{
    private const int Chunk = 10_000;

    public static void Run(SqliteConnection connection, SqliteTransaction transaction)
    {
        var upgrade = new JsonAnswersUpgrade();
        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE record SET given = $given, answers = $answers WHERE id = $id";
        var given = update.Parameters.Add("$given", SqliteType.Blob);
        var answers = update.Parameters.Add("$answers", SqliteType.Blob);
        var id = update.Parameters.Add("$id", SqliteType.Integer);
        long last = 0;
        while (true)
        {
            var rows = connection.Query<(long Id, long FileId, string Given, string Answers)>(
                "SELECT id, file_id, given, answers FROM record WHERE id > @last ORDER BY id LIMIT @Chunk", new { last, Chunk }, transaction).ToList();
            if (rows.Count == 0)
            {
                break;
            }

            foreach (var row in rows)
            {
                var cells = upgrade.Convert(row.FileId, row.Given, row.Answers);
                given.Value = cells.Given;
                answers.Value = cells.Read;
                id.Value = row.Id;
                update.ExecuteNonQuery();
            }

            last = rows[^1].Id;
        }

        foreach (var (fileId, codes) in upgrade.Files)
        {
            connection.Execute(
                $"INSERT INTO {FileAnswerCodes.Table} (file_id, codes) VALUES (@fileId, @codes)",
                new { fileId, codes = FileAnswerCodes.ToStored(codes) },
                transaction);
        }
    }
}
