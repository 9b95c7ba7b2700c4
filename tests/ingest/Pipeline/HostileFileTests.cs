using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Tests.Support;
using static Satisfaction.Ingest.Tests.Support.VendorCsv;

namespace Satisfaction.Ingest.Tests.Pipeline;

// Hostile input through the whole pipeline: each file is quarantined with a clear reason, quickly,
// and the pass goes on to the next file.
public sealed class HostileFileTests : IDisposable
{
    private readonly IngestHarness _h = new();

    public void Dispose() => _h.Dispose();

    public static TheoryData<string, string> Files() => new()
    {
        { "random.xlsx", "not a valid Excel" },
        { "random.csv", "" },
        { "truncated.xlsx", "damaged" },
        { "empty.csv", "empty" },
        { "header-only.csv", "no data rows" },
        { "big-cell.csv", "32767" },
        { "wide.csv", "columns" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void AHostileFileIsQuarantinedWithAClearReasonAndThePassGoesOn(string name, string reason)
    {
        Make(Path.Combine(_h.Inbox, name));
        Write(_h.Inbox, "zz-good.csv", [SurveyHeader, SurveyRow("R1")], modifiedUtc: DateTime.UtcNow.AddMinutes(5));
        var clock = Stopwatch.StartNew();

        var files = _h.Run().Files;

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Equal(FileOutcome.Quarantined, files[0].Outcome);
        Assert.Contains(reason, files[0].Reasons[0], StringComparison.Ordinal);
        Assert.True(File.Exists(files[0].ReportPath));
        Assert.Equal(FileOutcome.Archived, files[1].Outcome);
    }

    [Fact]
    public void AZipBombIsRefusedBeforeItIsUnpacked()
    {
        var path = Path.Combine(_h.Inbox, "bomb.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var part = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 2100; i++)
            {
                part.Write(zeros);
            }
        }

        var entry = _h.RunOne();

        Assert.Equal(FileOutcome.Quarantined, entry.Outcome);
        Assert.True(new FileInfo(entry.StoredPath).Length < 20 << 20);
    }

    [Fact]
    public void ALowRatioBombIsQuarantinedForWhatItIsAndThePassGoesOn()
    {
        using var fixtures = new Reading.TempFolder();
        var bomb = Path.Combine(_h.Inbox, "bomb.xlsx");
        File.Copy(fixtures.OneHugeCell("bomb.xlsx", 200), bomb);
        File.SetLastWriteTimeUtc(bomb, DateTime.UtcNow.AddMinutes(-5));
        Write(_h.Inbox, "zz-good.csv", [SurveyHeader, SurveyRow("R1")]);

        var files = _h.Run().Files;

        Assert.Equal(FileOutcome.Quarantined, files[0].Outcome);
        Assert.Contains("holds a single text or tag longer than 1 MB", files[0].Reasons[0], StringComparison.Ordinal);
        Assert.Equal(FileOutcome.Archived, files[1].Outcome);
    }

    private static void Make(string path)
    {
        var random = new Random(7);
        switch (Path.GetFileName(path))
        {
            case "random.xlsx" or "random.csv":
                var bytes = new byte[50_000];
                random.NextBytes(bytes);
                File.WriteAllBytes(path, bytes);
                break;
            case "truncated.xlsx":
                using (var workbook = new ClosedXML.Excel.XLWorkbook())
                {
                    workbook.AddWorksheet("s").Cell(1, 1).SetValue("样本编号");
                    using var memory = new MemoryStream();
                    workbook.SaveAs(memory);
                    File.WriteAllBytes(path, memory.ToArray()[..(int)(memory.Length / 2)]);
                }

                break;
            case "empty.csv":
                File.WriteAllBytes(path, []);
                break;
            case "header-only.csv":
                File.WriteAllText(path, SurveyHeader + "\r\n");
                break;
            case "big-cell.csv":
                File.WriteAllText(path, SurveyHeader + "\r\n" + SurveyRow("R1") + "," + new string('x', 10 << 20) + "\r\n", new UTF8Encoding(false));
                break;
            case "wide.csv":
                File.WriteAllText(path, SurveyHeader + new string(',', 1_000_000) + "\r\n" + SurveyRow("R1") + "\r\n", new UTF8Encoding(false));
                break;
            default:
                throw new ArgumentException(path);
        }

        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));
    }
}
