using System.Data;
using Dapper;
using Satisfaction.Ingest.Rows;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Store;

/// <summary>
/// Schema version 4 for rows stored before it: their JSON answers ({"A1":"是"} as given, {"A1":"Y","A2":4} as read)
/// rewritten as cells (<see cref="AnswerCells"/>) aligned to their file's code list, which this gathers from the
/// rows themselves in the order their codes first appear. Nothing is lost: every given text and every answer read
/// keeps its code's place. Fed the rows of any number of files in any order; <see cref="Files"/> then holds each
/// file's code list to store. Used by both stores' upgrades.
/// </summary>
internal sealed class JsonAnswersUpgrade
{
    private const int Chunk = 10_000;
    private readonly Dictionary<long, (List<string> Codes, Dictionary<string, int> Positions)> _files = [];
    private readonly AnswerCells _cells = new();

    public IEnumerable<(long FileId, IReadOnlyList<string> Codes)> Files => _files.Select(f => (f.Key, (IReadOnlyList<string>)f.Value.Codes));

    /// <summary>
    /// Every stored row converted, a chunk of rows at a time in id order so that memory stays flat on a large store;
    /// a chunk is read only when the previous one has been written back (the caller's loop).
    /// </summary>
    public IEnumerable<IReadOnlyList<(long Id, byte[] Given, byte[] Read)>> ConvertedChunks(IDbConnection connection, IDbTransaction transaction)
    {
        long last = 0;
        while (true)
        {
            var rows = connection.Query<(long Id, long FileId, string Given, string Answers)>(
                "SELECT id, file_id, given, answers FROM record WHERE id > @last ORDER BY id LIMIT @Chunk", new { last, Chunk }, transaction).ToList();
            if (rows.Count == 0)
            {
                yield break;
            }

            var converted = new List<(long Id, byte[] Given, byte[] Read)>(rows.Count);
            foreach (var row in rows)
            {
                var (given, read) = Convert(row.FileId, row.Given, row.Answers);
                converted.Add((row.Id, given, read));
            }

            yield return converted;
            last = rows[^1].Id;
        }
    }

    /// <summary>Stores the code list of each file whose rows were converted (after the last chunk).</summary>
    public void StoreFileCodes(IDbConnection connection, IDbTransaction transaction)
    {
        foreach (var (fileId, codes) in Files)
        {
            connection.Execute(
                $"INSERT INTO {FileAnswerCodes.Table} (file_id, codes) VALUES (@fileId, @codes)",
                new { fileId, codes = FileAnswerCodes.ToStored(codes) },
                transaction);
        }
    }

    public (byte[] Given, byte[] Read) Convert(long fileId, string givenJson, string readJson)
    {
        if (!_files.TryGetValue(fileId, out var file))
        {
            file = ([], new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase));
            _files[fileId] = file;
        }

        var readAnswers = AnswerJson.ParseRead(readJson);
        var givenTexts = AnswerJson.ParseGiven(givenJson);
        foreach (var (code, _) in readAnswers)
        {
            Place(file, code);
        }

        foreach (var (code, _) in givenTexts)
        {
            Place(file, code);
        }

        var read = new Answer?[file.Codes.Count];
        foreach (var (code, answer) in readAnswers)
        {
            read[file.Positions[code]] = answer;
        }

        var given = new string?[file.Codes.Count];
        foreach (var (code, text) in givenTexts)
        {
            given[file.Positions[code]] = text;
        }

        return (_cells.Given(given), _cells.Read(read));
    }

    private static void Place((List<string> Codes, Dictionary<string, int> Positions) file, string code)
    {
        if (file.Positions.TryAdd(code, file.Codes.Count))
        {
            file.Codes.Add(code);
        }
    }
}
