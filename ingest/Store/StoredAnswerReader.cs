using Satisfaction.Ingest.Rows;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Store;

/// <summary>
/// Turns the stored answer cells of the rows of one read into <see cref="PackedAnswerDictionary"/> sharing one
/// <see cref="AnswerCodes"/> table; each file's code list is asked for once (<paramref name="codesOfFile"/>), the
/// first time one of its rows comes by. Both stores read through it, so a slice costs the same either way.
/// </summary>
internal sealed class StoredAnswerReader(Func<long, IReadOnlyList<string>> codesOfFile)
{
    private readonly AnswerCodes _codes = new();
    private readonly Dictionary<long, (IReadOnlyList<string> Codes, int[]? Positions)> _files = [];

    public IReadOnlyDictionary<string, Answer> Read(long fileId, ReadOnlySpan<byte> stored)
    {
        if (!_files.TryGetValue(fileId, out var file))
        {
            var codes = codesOfFile(fileId);
            file = (codes, _codes.Place(codes));
            _files[fileId] = file;
        }

        return file.Positions is { } positions ? PackedAnswerDictionary.FromStored(stored, positions, _codes) : Unpacked(stored, file.Codes);
    }

    // More codes than a shared table takes (never seen in practice): the row's answers as a plain dictionary.
    private static Dictionary<string, Answer> Unpacked(ReadOnlySpan<byte> stored, IReadOnlyList<string> codes)
    {
        var answers = new Dictionary<string, Answer>(StringComparer.OrdinalIgnoreCase);
        var cells = AnswerCells.ReadAnswers(stored);
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is { } answer)
            {
                answers[codes[i]] = answer;
            }
        }

        return answers;
    }
}
