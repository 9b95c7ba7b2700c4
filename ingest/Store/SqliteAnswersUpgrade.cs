using Microsoft.Data.Sqlite;

namespace Satisfaction.Ingest.Store;

// Schema version 4 on a SQLite store of an earlier version: every stored row's JSON answers rewritten as cells
// (JsonAnswersUpgrade), a chunk of rows at a time so memory stays flat on a large store, inside the migration's
// transaction. The columns keep their declared TEXT type (SQLite stores the BLOB values as they are); a store
// created at version 4 declares them BLOB.
internal static class SqliteAnswersUpgrade
{
    public static void Run(SqliteConnection connection, SqliteTransaction transaction)
    {
        var upgrade = new JsonAnswersUpgrade();
        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE record SET given = $given, answers = $answers WHERE id = $id";
        var given = update.Parameters.Add("$given", SqliteType.Blob);
        var answers = update.Parameters.Add("$answers", SqliteType.Blob);
        var id = update.Parameters.Add("$id", SqliteType.Integer);
        foreach (var chunk in upgrade.ConvertedChunks(connection, transaction))
        {
            foreach (var row in chunk)
            {
                given.Value = row.Given;
                answers.Value = row.Read;
                id.Value = row.Id;
                update.ExecuteNonQuery();
            }
        }

        upgrade.StoreFileCodes(connection, transaction);
    }
}
