using System.Text;
using Satisfaction.Ingest.Rows;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Tests.Store;

// Stored answers read back packed (a byte per code of a shared table) say exactly what the dictionary parse says.
public sealed class PackedAnswerDictionaryTests
{
    [Theory]
    [InlineData("""{"A1":"Y","A2":"N","A3":null,"A4":4,"A5":0}""")]
    [InlineData("""{"S1":10,"S2":7.5,"S3":-1,"S4":251,"S5":1e6,"S9":250}""")]
    [InlineData("""{"a1":"Y","B2":3,"投诉":null,"q\"x":2}""")]
    [InlineData("""{"A1":3,"A1":5}""")]
    [InlineData("{}")]
    public void APackedRowSaysWhatTheDictionarySays(string json)
    {
        var expected = AnswerJson.Parse(json);

        var packed = PackedAnswerDictionary.Parse(Encoding.UTF8.GetBytes(json), new AnswerCodes())!;

        Assert.Equal(expected.Count, packed.Count);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), packed.OrderBy(p => p.Key, StringComparer.Ordinal));
        foreach (var (code, answer) in expected)
        {
            Assert.True(packed.TryGetValue(code.ToLowerInvariant(), out var byLower), code);
            Assert.Equal(answer, byLower);
            Assert.Equal(answer, packed[code.ToUpperInvariant()]);
        }

        Assert.False(packed.ContainsKey("Z9"));
    }

    [Fact]
    public void RowsShareOneTableWhateverTheirOrderAndCase()
    {
        var codes = new AnswerCodes();
        string[] rows = ["""{"A1":"Y","A2":4}""", """{"A2":1,"A1":"N","A3":null}""", """{"a3":2}""", """{"A2":2}"""];

        var packed = rows.Select(r => PackedAnswerDictionary.Parse(Encoding.UTF8.GetBytes(r), codes)!).ToList();

        Assert.Equal(3, codes.Count);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(AnswerJson.Parse(rows[i]).OrderBy(p => p.Key.ToUpperInvariant(), StringComparer.Ordinal).Select(p => (p.Key.ToUpperInvariant(), p.Value)),
                packed[i].OrderBy(p => p.Key.ToUpperInvariant(), StringComparer.Ordinal).Select(p => (p.Key.ToUpperInvariant(), p.Value)));
        }

        Assert.Equal(Answer.Of(2), packed[2]["A3"]);
        Assert.False(packed[3].ContainsKey("A1"));
    }

    [Fact]
    public void AnswersReadBackFromTheStoreArePacked()
    {
        using var harness = new Support.IngestHarness();
        Support.VendorCsv.Write(harness.Inbox, "01.csv", [Support.VendorCsv.SurveyHeader, Support.VendorCsv.SurveyRow("R1", score: 9)], modifiedUtc: DateTime.UtcNow.AddMinutes(-1));
        harness.Run();

        var row = Assert.Single(harness.Store.Current(Ingest.Headers.FileKind.Survey));

        Assert.IsType<PackedAnswerDictionary>(row.Answers);
        Assert.Equal(Answer.Of(9), row.Answers["S1"]);
        Assert.Equal(Answer.NotApplicable, row.Answers["S8"]);
    }
}
