using System.Text;
using CsvHelper;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Samples.Options;

namespace Satisfaction.Ingest.Tests.Samples;

/// <summary>The committed sample data, and CSV reading with CsvHelper (the product readers are not used here).</summary>
internal static class SampleData
{
    private static readonly Lazy<string> Root = new(() => Path.GetDirectoryName(Support.TestData.SamplePath("scheme.json"))!);

    public static string Directory => Root.Value;

    public static ScoringScheme Scheme { get; } = SchemeLoader.Load(Path.Combine(Root.Value, "scheme.json"));

    public static IReadOnlyList<Outlet> Outlets { get; } = OutletMasterLoader.Load(Path.Combine(Root.Value, "outlets.csv")).Outlets;

    public static GenerateOptions Options(string period = "2026Q3") => new()
    {
        Outlets = Outlets,
        Scheme = Scheme,
        Periods = [period],
        Seed = 7,
    };

    /// <summary>Every record of a CSV file as raw cells (no header handling), with the given encoding and delimiter.</summary>
    public static List<string[]> ReadAll(string path, Encoding encoding, char delimiter = ',')
    {
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { HasHeader = false, Separator = delimiter }, leaveOpen: false);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Current.ToArray());
        }

        return rows;
    }

    /// <summary>Rows below the header that a reader takes as data: not blank, not 合计 or 注 rows.</summary>
    public static List<string[]> DataRows(List<string[]> rows, int headerRowNumber) =>
        [.. rows.Skip(headerRowNumber).Where(r => r.Any(c => c.Length > 0) && !r[0].StartsWith("合计", StringComparison.Ordinal) && !r[0].StartsWith('注'))];
}
