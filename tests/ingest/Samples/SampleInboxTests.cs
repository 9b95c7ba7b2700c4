using System.Text;
using System.Text.Json;

namespace Satisfaction.Ingest.Tests.Samples;

/// <summary>The committed inbox agrees with data-samples/expected-outcomes.json, which the README's table quotes.</summary>
public sealed class SampleInboxTests
{
    public static TheoryData<string> CsvSamples()
    {
        var data = new TheoryData<string>();
        foreach (var e in Expected().Where(e => e.GetProperty("File").GetString()!.EndsWith(".csv", StringComparison.Ordinal)))
        {
            data.Add(e.GetProperty("File").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CsvSamples))]
    public void EachCsvSampleHoldsTheDataRowsItsExpectedOutcomeStates(string file)
    {
        var expected = Expected().Single(e => e.GetProperty("File").GetString() == file);
        var path = Path.Combine(SampleData.Directory, "inbox", file);
        var (encoding, delimiter) = Sniff(path);

        var rows = SampleData.ReadAll(path, encoding, delimiter);
        var headerRow = Math.Max(1, expected.GetProperty("HeaderRowNumber").GetInt32());

        Assert.Equal(expected.GetProperty("DataRows").GetInt32(), SampleData.DataRows(rows, headerRow).Count);
    }

    [Fact]
    public void TheDuplicateSampleIsAByteCopyOfTheFirst()
    {
        var inbox = Path.Combine(SampleData.Directory, "inbox");
        var files = Directory.GetFiles(inbox).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(File.ReadAllBytes(Path.Combine(inbox, files[0]!)), File.ReadAllBytes(Path.Combine(inbox, files[10]!)));
        Assert.Equal(16, files.Count);
    }

    [Fact]
    public void TheThirdQuarterSurveysHaveEnoughRespondentsForDriverAnalysis()
    {
        var q3 = Expected().Where(e => e.GetProperty("Kind").GetString() == "survey" && e.GetProperty("Periods").GetString() == "2026Q3").ToList();

        Assert.True(q3.Sum(e => e.GetProperty("OverallAnswered").GetInt32()) >= 200);
        Assert.Contains(q3, e => e.GetProperty("MaxRowsPerOutlet").GetInt32() >= 30);
    }

    private static List<JsonElement> Expected()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(SampleData.Directory, "expected-outcomes.json")));
        return [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static (Encoding Encoding, char Delimiter) Sniff(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Encoding encoding;
        if (bytes is [0xFF, 0xFE, ..])
        {
            encoding = Encoding.Unicode;
        }
        else
        {
            try
            {
                _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
                encoding = Encoding.UTF8;
            }
            catch (DecoderFallbackException)
            {
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                encoding = Encoding.GetEncoding("GB18030");
            }
        }

        var text = encoding.GetString(bytes);
        var head = string.Join('\n', text.Split('\n').Take(3));
        var delimiter = new[] { ',', '\t', ';' }.MaxBy(d => head.Count(c => c == d));
        return (encoding, delimiter);
    }
}
