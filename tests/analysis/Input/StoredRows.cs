using System.Globalization;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Rows;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Analysis.Tests.Input;

/// <summary>A real SQLite store in a temporary folder, holding one file of rows written compactly.</summary>
internal sealed class StoredRows : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("satisfaction-stored").FullName;

    public StoredRows(FileKind kind, params (string Id, string OutletCode, string Answers)[] rows)
    {
        Store = SqliteIngestStore.InDataFolder(_folder);
        Store.Migrate();
        using var load = Store.BeginLoad();
        var number = 1;
        foreach (var (id, outlet, answers) in rows)
        {
            var json = Json(answers);
            load.Add(kind, new ParsedRecord
            {
                Id = id,
                Row = ++number,
                OutletCode = outlet,
                Date = new DateOnly(2026, 7, 5),
                GivenJson = json,
                ReadJson = json,
                ContentHash = 0,
            });
        }

        var now = DateTimeOffset.UtcNow;
        load.Record(new LedgerEntry
        {
            Id = load.FileId,
            Name = "rows.csv",
            Sha256 = "0",
            Size = 1,
            ModifiedUtc = now,
            ProcessedUtc = now,
            Kind = kind,
            Outcome = FileOutcome.Archived,
            RowsLoaded = rows.Length,
            InboxPath = "rows.csv",
            StoredPath = "rows.csv",
            ReportPath = "rows.csv.report.xlsx",
        });
        load.Commit();
    }

    public SqliteIngestStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    // "A1=Y A3=4 B1=-" → {"A1":"Y","A3":4,"B1":null}, the stored form of answers as read.
    private static string Json(string answers) => "{" + string.Join(',', answers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
    {
        var (code, value) = (pair.Split('=')[0], pair.Split('=')[1]);
        var stored = value switch
        {
            "Y" or "N" => $"\"{value}\"",
            "-" => "null",
            _ => double.Parse(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        };
        return $"\"{code}\":{stored}";
    })) + "}";
}
