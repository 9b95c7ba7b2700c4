using System.Text.Json;

namespace Satisfaction.Ingest.Store;

// A file's answer codes, kept once per file (table file_answer_codes): its rows' cells follow this order
// (Rows/AnswerCells.cs). Stored as a JSON array, so that the table reads plainly in any SQL client.
internal static class FileAnswerCodes
{
    public const string Table = "file_answer_codes";

    /// <summary>
    /// True for the first row of a load (its file's list is to be stored); false for the rest, which must follow the
    /// same list: a file's rows are cells of one layout, and a row of another would be read under the wrong codes.
    /// </summary>
    public static bool IsNew(ref IReadOnlyList<string>? fileCodes, IReadOnlyList<string> rowCodes)
    {
        ArgumentNullException.ThrowIfNull(rowCodes);
        if (fileCodes is null)
        {
            fileCodes = rowCodes;
            return true;
        }

        if (!ReferenceEquals(fileCodes, rowCodes) && !fileCodes.SequenceEqual(rowCodes, StringComparer.Ordinal))
        {
            throw new ArgumentException($"A row's answer codes ({string.Join(",", rowCodes)}) differ from its file's ({string.Join(",", fileCodes)}).", nameof(rowCodes));
        }

        return false;
    }

    public static string ToStored(IReadOnlyList<string> codes) => JsonSerializer.Serialize(codes);

    public static List<string> FromStored(string stored) =>
        JsonSerializer.Deserialize<List<string>>(stored) ?? throw new InvalidDataException($"Stored answer codes are not a list: {stored}");
}
