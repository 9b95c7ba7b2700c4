using System.Diagnostics;
using System.IO.Compression;
using Satisfaction.Ingest.Reading;

namespace Satisfaction.Ingest.Tests.Reading;

/// <summary>Each hostile file ends in a failed open or a <see cref="TableReadException"/>, quickly and in bounded memory.</summary>
public sealed class HostileFileTests : IDisposable
{
    private const string Damaged = "the file is damaged or not a valid Excel workbook";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void RandomBytesNamedXlsxAreDamaged()
    {
        var path = _folder.Bytes("visits.xlsx", RandomBytes(100_000));

        var problem = Read.FailsToOpen(path);

        Assert.Equal(Damaged, problem.English);
        Assert.Equal("文件已损坏或不是有效的 Excel 文件", problem.Chinese);
    }

    [Fact]
    public void RandomBytesNamedCsvAreNotText()
    {
        var problem = Read.FailsToOpen(_folder.Bytes("visits.csv", RandomBytes(100_000)));

        Assert.Contains("not text", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFirstHalfOfARealWorkbookIsDamaged()
    {
        var whole = _folder.Xlsx("whole.xlsx", book =>
        {
            var sheet = book.AddWorksheet("明细");
            for (var row = 1; row <= 500; row++)
            {
                sheet.Cell(row, 1).SetValue($"V{row:0000}");
                sheet.Cell(row, 2).SetValue(row * 1.5);
            }
        });
        var bytes = File.ReadAllBytes(whole);

        var problem = Read.FailsToOpen(_folder.Bytes("truncated.xlsx", bytes[..(bytes.Length / 2)]));

        Assert.Equal(Damaged, problem.English);
    }

    [Fact]
    public void AZipBombIsRefusedFromItsCentralDirectoryWithoutUnpacking()
    {
        var path = _folder.ZipBomb("bomb.xlsx", 64L << 20);
        var limits = new ReadLimits { RatioCheckAboveBytes = 1 << 20, MaxCompressionRatio = 200 };

        var problem = Read.FailsToOpen(path, limits);

        Assert.Contains("xl/worksheets/sheet1.xml", problem.English, StringComparison.Ordinal);
        Assert.Contains("zip bomb", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void APartLargerThanTheLimitIsRefusedWhateverItsRatio()
    {
        var path = _folder.ZipBomb("bomb.xlsx", 8L << 20);

        var problem = Read.FailsToOpen(path, new ReadLimits { MaxZipEntryBytes = 4L << 20 });

        Assert.Contains("would unpack to 8 MB (limit 4 MB)", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void AThreeHundredMegabyteBombIsRefusedByTheDefaultLimits()
    {
        var path = _folder.ZipBomb("bomb.xlsx", 300L << 20);
        var clock = Stopwatch.StartNew();

        var problem = Read.FailsToOpen(path);

        Assert.Contains("zip bomb", problem.English, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public void AThreeGigabyteSheetPartIsRefusedByTheDefaultLimits()
    {
        var path = _folder.ZipBomb("bomb.xlsx", 3L << 30);

        var problem = Read.FailsToOpen(path);

        Assert.Contains("would unpack to 3072 MB (limit 2048 MB)", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ABombUnderTheRatioCheckHoldingOneHugeCellIsRefusedInFlatMemory()
    {
        var path = _folder.OneHugeCell("bomb.xlsx", 300);

        var (problem, allocated) = Measure(() => OpenAndRead(path));

        Assert.Contains("the part xl/worksheets/sheet1.xml holds a single text or tag longer than 1 MB", problem.English, StringComparison.Ordinal);
        Assert.True(allocated < 64L << 20, $"allocated {allocated >> 20} MB");
    }

    [Fact]
    public void ARowOfMoreCellsThanExcelAllowsIsRefusedBeforeTheReaderHoldsIt()
    {
        var path = _folder.OneWideRow("wide.xlsx", 200_000);

        var (problem, allocated) = Measure(() => OpenAndRead(path));

        Assert.Contains("row element 1 of the part xl/worksheets/sheet1.xml has more than 16384 cells", problem.English, StringComparison.Ordinal);
        Assert.True(allocated < 64L << 20, $"allocated {allocated >> 20} MB");
    }

    [Fact]
    public void ASheetOfMoreRowsThanExcelAllowsIsRefused()
    {
        var path = _folder.ManyRows("long.xlsx", 1_001);

        var problem = OpenAndRead(path, new ReadLimits { MaxRows = 1_000 });

        Assert.Contains("more rows than Excel's limit of 1000", problem.English, StringComparison.Ordinal);
        Assert.Equal(1_000, Read.Rows(_folder.ManyRows("fits.xlsx", 1_000), new ReadLimits { MaxRows = 1_000 }).Count);
    }

    [Fact]
    public void APartOtherThanASheetIsBoundedMoreTightly()
    {
        var path = _folder.ZipBomb("bomb.xlsx", 8L << 20);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            using var strings = zip.CreateEntry("xl/sharedStrings.xml").Open();
            strings.Write(new byte[5 << 20]);
        }

        var problem = Read.FailsToOpen(path, new ReadLimits { MaxOtherPartBytes = 4L << 20 });

        Assert.Contains("xl/sharedStrings.xml would unpack to 5 MB (limit 4 MB)", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void AWorkbookWithABrokenSheetFailsWithAProblemNotACrash()
    {
        var path = _folder.Xlsx("visits.xlsx", book => book.AddWorksheet("明细").Cell("A1").SetValue("编号"));
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry("xl/worksheets/sheet1.xml")!.Delete();
            using var broken = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            broken.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><row");
        }

        var opened = TableSourceFactory.Open(path);
        using var source = opened.Source;
        var problem = source is null ? opened.Problem! : Read.Fails(path).Problem;

        Assert.Contains("damaged", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ATenMegabyteCellIsRefusedWithItsRowAndColumnInBoundedMemory()
    {
        var path = _folder.Utf8("visits.csv", "a,b\n1,\"" + new string('x', 10 << 20) + "\"\n");

        var (problem, allocated) = Measure(() => Read.Fails(path).Problem);

        Assert.Contains("row 2, column 2 (B)", problem.English, StringComparison.Ordinal);
        Assert.True(allocated < 40L << 20, $"allocated {allocated >> 20} MB");
    }

    [Fact]
    public void AnUnclosedQuoteIsRefusedAsATooLongCellNotReadToTheEnd()
    {
        var lines = string.Concat(Enumerable.Range(1, 20_000).Select(i => $"{i},ok\n"));
        var path = _folder.Utf8("visits.csv", "a,b\n1,\"oops\n" + lines);

        var problem = Read.Fails(path).Problem;

        Assert.Contains("row 2, column 2 (B)", problem.English, StringComparison.Ordinal);
        Assert.Contains("unclosed quote", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ALineWithAMillionEmptyColumnsIsRefusedInBoundedMemory()
    {
        var path = _folder.Utf8("visits.csv", "a,b\n" + new string(',', 1_000_000) + "\n");

        var (problem, allocated) = Measure(() => Read.Fails(path).Problem);

        Assert.Contains("row 2 has more than 16384 columns", problem.English, StringComparison.Ordinal);
        Assert.True(allocated < 40L << 20, $"allocated {allocated >> 20} MB");
    }

    // The problem that stops the file, at opening or while reading its rows (as the pipeline would meet it).
    private static Satisfaction.Ingest.Values.Problem OpenAndRead(string path, ReadLimits? limits = null)
    {
        var opened = TableSourceFactory.Open(path, limits);
        using var source = opened.Source;
        if (source is null)
        {
            return opened.Problem!;
        }

        try
        {
            foreach (var sheet in source.Sheets())
            {
                foreach (var row in sheet.Rows)
                {
                    _ = row;
                }
            }
        }
        catch (TableReadException e)
        {
            return e.Problem;
        }

        throw new Xunit.Sdk.XunitException("the file was read to the end without a problem");
    }

    private static (T Result, long Allocated) Measure<T>(Func<T> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = action();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        return bytes;
    }
}
