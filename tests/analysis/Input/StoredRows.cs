using System.Globalization;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Rows;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Values;

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
        var parsed = rows.Select(r => Pairs(r.Answers)).ToList();
        var codes = parsed.SelectMany(p => p.Select(a => a.Code)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var cells = new AnswerCells();
        foreach (var ((id, outlet, _), answers) in rows.Zip(parsed))
        {
            var read = codes.Select(c => answers.Where(a => string.Equals(a.Code, c, StringComparison.OrdinalIgnoreCase)).Select(a => (Answer?)a.Answer).LastOrDefault()).ToList();
            load.Add(kind, new ParsedRecord
            {
                Id = id,
                Row = ++number,
                OutletCode = outlet,
                Date = new DateOnly(2026, 7, 5),
                Codes = codes,
                Given = cells.Given([.. read.Select(a => a?.ToStored())]),
                Read = cells.Read(read),
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

    // "A1=Y A3=4 B1=-" → (A1, yes), (A3, 4), (B1, N/A): answers as read.
    private static List<(string Code, Answer Answer)> Pairs(string answers) => answers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
    {
        var (code, value) = (pair.Split('=')[0], pair.Split('=')[1]);
        var answer = value switch
        {
            "Y" => Answer.Yes,
            "N" => Answer.No,
            "-" => Answer.NotApplicable,
            _ => Answer.Of(double.Parse(value, CultureInfo.InvariantCulture)),
        };
        return (code, answer);
    }).ToList();
}
