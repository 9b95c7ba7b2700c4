using System.IO.Compression;
using System.Text;
using Satisfaction.Jobs.Delivery;

namespace Satisfaction.Jobs.Tests.Delivery;

/// <summary>The content hash that decides "already delivered": blind to what a writer makes new each time, and to nothing else.</summary>
public sealed class WorkbookContentTests
{
    [Fact]
    public void TwoWritesDifferingOnlyInTimesRandomIdsAndThePropertiesPartNameHashTheSame()
    {
        var first = Package("R2cc8d8e4d88e4cdf", "bc6b35d709a44a9aa8af757f1c3536d9", "2026-12-02T10:54:57Z", "87.5", new DateTime(2026, 12, 2, 10, 54, 0));
        var second = Package("Rf790dc9274994e5f", "f93edb495bd34bdd9026b335a8d35e06", "2026-12-03T02:30:11Z", "87.5", new DateTime(2026, 12, 3, 2, 30, 0));

        Assert.NotEqual(first, second);
        Assert.Equal(WorkbookContent.Hash(first), WorkbookContent.Hash(second));
    }

    [Fact]
    public void AChangedCellHashesDifferently()
    {
        var first = Package("R2cc8d8e4d88e4cdf", "bc6b35d709a44a9aa8af757f1c3536d9", "2026-12-02T10:54:57Z", "87.5", new DateTime(2026, 12, 2, 10, 54, 0));
        var changed = Package("R2cc8d8e4d88e4cdf", "bc6b35d709a44a9aa8af757f1c3536d9", "2026-12-02T10:54:57Z", "87.6", new DateTime(2026, 12, 2, 10, 54, 0));

        Assert.NotEqual(WorkbookContent.Hash(first), WorkbookContent.Hash(changed));
    }

    [Fact]
    public void ReferencesSwappedBetweenTwoRelationshipsHashDifferently()
    {
        var one = Package("R2cc8d8e4d88e4cdf", "bc6b35d709a44a9aa8af757f1c3536d9", "2026-12-02T10:54:57Z", "87.5", new DateTime(2026, 12, 2), swapped: false);
        var other = Package("R2cc8d8e4d88e4cdf", "bc6b35d709a44a9aa8af757f1c3536d9", "2026-12-02T10:54:57Z", "87.5", new DateTime(2026, 12, 2), swapped: true);

        Assert.NotEqual(WorkbookContent.Hash(one), WorkbookContent.Hash(other));
    }

    [Fact]
    public void TheSmtpPasswordNeverShowsInTheSettingsText()
    {
        var smtp = new SmtpSettings { Host = "smtp.example.cn", User = "reports", Password = "s3cret-不可见" };
        Assert.DoesNotContain("s3cret", smtp.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", new DeliverySettings { Smtp = smtp }.ToString(), StringComparison.Ordinal);
    }

    // A package shaped as the writers make it: relationships with random ids, a drawing that refers to them,
    // core properties under a random part name with the time of writing, a cell value.
    private static byte[] Package(string id, string core, string time, string value, DateTime written, bool swapped = false)
    {
        var other = "R" + new string(id.Reverse().Take(16).ToArray());
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "_rels/.rels", $"<Relationships><Relationship Target=\"/package/services/metadata/core-properties/{core}.psmdcp\" Id=\"{id}\" /></Relationships>", written);
            Add(zip, "xl/drawings/_rels/drawing1.xml.rels", $"<Relationships><Relationship Target=\"/xl/charts/chart1.xml\" Id=\"{id}\" /><Relationship Target=\"/xl/charts/chart2.xml\" Id=\"{other}\" /></Relationships>", written);
            Add(zip, "xl/drawings/drawing1.xml", $"<c:chart r:id=\"{(swapped ? other : id)}\" /><c:chart r:id=\"{(swapped ? id : other)}\" />", written);
            Add(zip, $"package/services/metadata/core-properties/{core}.psmdcp", $"<coreProperties><dcterms:created xsi:type=\"dcterms:W3CDTF\">{time}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{time}</dcterms:modified></coreProperties>", written);
            Add(zip, "xl/worksheets/sheet1.xml", $"<sheetData><row><c><v>{value}</v></c></row></sheetData>", written);
        }

        return bytes.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text, DateTime written)
    {
        var entry = zip.CreateEntry(name);
        entry.LastWriteTime = written;
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
