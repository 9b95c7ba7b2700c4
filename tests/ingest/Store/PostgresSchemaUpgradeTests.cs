using Dapper;
using Npgsql;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Rows;
using Satisfaction.Ingest.Store.Postgres;
using Satisfaction.Ingest.Values;
using Satisfaction.Tests.Shared;

namespace Satisfaction.Ingest.Tests.Store;

// A PostgreSQL store of schema version 3 (answers as JSON text) is upgraded in place to version 4 on the next
// start: every row's answers, current or replaced, rewritten as cells of its file's code list, nothing lost.
public sealed class PostgresSchemaUpgradeTests : IDisposable
{
    private TestPostgres? _database;

    private TestPostgres Database => _database ??= TestPostgres.Create();

    public void Dispose() => _database?.Dispose();

    [SkippableFact]
    public void AVersion3StoreHasItsJsonAnswersRewrittenAsCellsOfEachFilesCodes()
    {
        WriteVersion3();

        using (var store = PostgresIngestStore.Connect(Database.ConnectionString))
        {
            store.Migrate();
            store.Migrate();

            var current = store.Current(FileKind.Survey).ToList();
            Assert.Equal(["R1", "R3"], current.Select(r => r.Id));
            Assert.Equal([("S1", Answer.Of(9)), ("S2", Answer.Of(7.5)), ("S3", Answer.NotApplicable)], current[0].Answers.Select(p => (p.Key, p.Value)));
            Assert.Equal([("S1", Answer.Of(3))], current[1].Answers.Select(p => (p.Key, p.Value)));
        }

        using var connection = new NpgsqlConnection(Database.ConnectionString);
        connection.Open();
        Assert.Equal(4, connection.ExecuteScalar<int>("SELECT max(version) FROM schema_version"));
        Assert.Equal("bytea", connection.ExecuteScalar<string>("SELECT data_type FROM information_schema.columns WHERE table_name = 'record' AND column_name = 'given'"));
        Assert.Equal("""["S1","S2","S3"]""", connection.ExecuteScalar<string>("SELECT codes FROM file_answer_codes WHERE file_id = 2"));
        Assert.Equal(["9", "七点五", null], AnswerCells.GivenTexts(connection.ExecuteScalar<byte[]>("SELECT given FROM record WHERE id = 2")));
        Assert.Equal("""["S1"]""", connection.ExecuteScalar<string>("SELECT codes FROM file_answer_codes WHERE file_id = 1"));
        Assert.Equal(new Answer?[] { Answer.Of(8) }, AnswerCells.ReadAnswers(connection.ExecuteScalar<byte[]>("SELECT answers FROM record WHERE id = 1")));
    }

    // Version 3 differs from 4 only in the answer columns (text holding JSON) and the code table (none):
    // a new store is taken back to that.
    private void WriteVersion3()
    {
        using (var store = PostgresIngestStore.Connect(Database.ConnectionString))
        {
            store.Migrate();
        }

        using var connection = new NpgsqlConnection(Database.ConnectionString);
        connection.Open();
        connection.Execute(
            """
            DROP TABLE file_answer_codes;
            ALTER TABLE record ALTER COLUMN given TYPE text USING '', ALTER COLUMN answers TYPE text USING '';
            UPDATE schema_version SET version = 3;
            INSERT INTO record (id, kind, record_id, file_id, source_row, outlet_code, record_date, given, answers, superseded_by)
            VALUES (1, 'survey', 'R1', 1, 2, '0250101', '2026-07-05', '{"S1":"8"}', '{"S1":8}', 2),
                   (2, 'survey', 'R1', 2, 2, '0250101', '2026-07-05', '{"S1":"9","S2":"七点五"}', '{"S1":9,"S2":7.5,"S3":null}', NULL),
                   (3, 'survey', 'R3', 2, 3, '0250101', '2026-07-06', '{"S1":"3"}', '{"S1":3}', NULL);
            """);
    }
}
