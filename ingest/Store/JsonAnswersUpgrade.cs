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
    private readonly Dictionary<long, (List<string> Codes, Dictionary<string, int> Positions)> _files = [];
    private readonly AnswerCells _cells = new();

    public IEnumerable<(long FileId, IReadOnlyList<string> Codes)> Files => _files.Select(f => (f.Key, (IReadOnlyList<string>)f.Value.Codes));

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
