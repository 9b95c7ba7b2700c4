using Satisfaction.Ingest.Rows;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Tests.Store;

// Stored answer cells read back packed (a byte per code of a shared table) say exactly what was stored.
public sealed class PackedAnswerDictionaryTests
{
    public static TheoryData<string[], double?[]> Rows => new()
    {
        { ["A1", "A2", "A3", "A4", "A5"], [-2, -3, null, 4, 0] },
        { ["S1", "S2", "S3", "S4", "S5", "S9"], [10, 7.5, -1, 251, 1e6, 250] },
        { ["a1", "B2", "投诉", "q\"x"], [-2, 3, null, 2] },
        { [], [] },
    };

    // −2 stands for yes, −3 for no, null for N/A: the theory's data cannot hold answers themselves.
    [Theory]
    [MemberData(nameof(Rows))]
    public void APackedRowSaysWhatWasStored(string[] codes, double?[] values)
    {
        var answers = values.Select(v => v switch { null => Answer.NotApplicable, -2 => Answer.Yes, -3 => Answer.No, var n => Answer.Of(n.Value) }).ToArray();
        var table = new AnswerCodes();

        var packed = PackedAnswerDictionary.FromStored(new AnswerCells().Read(answers), table.Place(codes), table);

        Assert.Equal(codes.Length, packed.Count);
        Assert.Equal(codes.Zip(answers, (c, a) => new KeyValuePair<string, Answer>(c, a)), packed);
        for (var i = 0; i < codes.Length; i++)
        {
            Assert.Equal(answers[i], packed[codes[i].ToLowerInvariant()]);
            Assert.Equal(answers[i], packed[codes[i].ToUpperInvariant()]);
        }

        Assert.False(packed.ContainsKey("Z9"));
    }

    [Fact]
    public void FilesOfDifferentCodeOrdersShareOneTable()
    {
        var table = new AnswerCodes();
        var cells = new AnswerCells();
        var first = table.Place(["A1", "A2"])!;
        var second = table.Place(["a3", "A2", "a1"])!;

        var a = PackedAnswerDictionary.FromStored(cells.Read([Answer.Yes, Answer.Of(4)]), first, table);
        var b = PackedAnswerDictionary.FromStored(cells.Read([Answer.Of(2), Answer.Of(1), Answer.No]), second, table);
        var c = PackedAnswerDictionary.FromStored(cells.Read(new List<Answer?> { null, Answer.Of(2) }), second, table);

        Assert.Equal(3, table.Count);
        Assert.Equal([("A1", Answer.Yes), ("A2", Answer.Of(4))], a.Select(p => (p.Key, p.Value)));
        Assert.Equal([("A1", Answer.No), ("A2", Answer.Of(1)), ("a3", Answer.Of(2))], b.Select(p => (p.Key, p.Value)));
        Assert.Equal(Answer.Of(2), c["A2"]);
        Assert.False(c.ContainsKey("A3"));
        Assert.False(c.ContainsKey("A1"));
        Assert.Single(c);
    }

    [Fact]
    public void TextsAsGivenComeBackExactly()
    {
        string?[] given = ["是", null, "", "8", new string('长', 200), "a\u0000b,\"c\"\n"];

        var stored = new AnswerCells().Given(given);

        Assert.Equal(given, AnswerCells.GivenTexts(stored));
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
