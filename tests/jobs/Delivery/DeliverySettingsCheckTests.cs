using Satisfaction.Ingest.Outlets;
using Satisfaction.Jobs.Delivery;

namespace Satisfaction.Jobs.Tests.Delivery;

/// <summary>Bad delivery settings are each named by their path, against the sample outlet master and real folders.</summary>
public sealed class DeliverySettingsCheckTests : IDisposable
{
    private static readonly OutletMaster Master = OutletMasterLoader.Load(Path.Combine(RunFolder.Samples, "outlets.csv"));
    private readonly string _folder = Directory.CreateTempSubdirectory("satisfaction-office").FullName;

    [Fact]
    public void GoodSettingsHaveNoProblem()
    {
        var settings = new DeliverySettings
        {
            Offices = [new OfficeSettings { Province = "江苏", Folder = _folder }, new OfficeSettings { Province = "江苏", City = "南京", Recipients = ["南京 <nj@example.cn>"] }],
            Smtp = new SmtpSettings { Host = "smtp.example.cn", From = "reports@example.cn", Tls = "ssl", User = "u", Password = "p" },
        };

        Assert.Empty(DeliverySettingsCheck.Problems(settings, Master));
        Assert.Equal(465, settings.Smtp.EffectivePort);
    }

    [Fact]
    public void EachProblemIsNamedByItsSettingsPath()
    {
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "x");
        var settings = new DeliverySettings
        {
            Offices =
            [
                new OfficeSettings { Province = "浙江", Folder = _folder },
                new OfficeSettings { Province = "江苏", City = "杭州", Folder = _folder },
                new OfficeSettings { Province = "江苏", City = "南京", Folder = "out/nanjing" },
                new OfficeSettings { Province = "江苏", City = "苏州", Folder = file },
                new OfficeSettings { Province = "江苏", City = "无锡", Folder = "/proc" },
                new OfficeSettings { Province = "江苏", City = "常州" },
                new OfficeSettings { Province = "江苏", City = "镇江", Recipients = ["zhenjiang"] },
                new OfficeSettings { Province = "江苏", City = "镇江", Folder = _folder },
            ],
            Smtp = new SmtpSettings { Port = 0, Tls = "tls", User = "reports" },
        };

        var problems = DeliverySettingsCheck.Problems(settings, Master);

        Assert.Contains(problems, p => p.StartsWith("Delivery:Offices:0:Province: '浙江' is not a province", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Delivery:Offices:1:City: '杭州' is not a city of 江苏", StringComparison.Ordinal) && p.Contains("南京", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Delivery:Offices:2:Folder:", StringComparison.Ordinal) && p.Contains("relative", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Delivery:Offices:3:Folder:", StringComparison.Ordinal) && p.Contains("is a file", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Delivery:Offices:4:Folder:", StringComparison.Ordinal) && p.Contains("not writable", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Delivery:Offices:5: the office needs a Folder, Recipients, or both", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Delivery:Offices:6:Recipients:0: 'zhenjiang' is not an e-mail address", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Delivery:Offices:7: the office 江苏/镇江 is listed twice", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Delivery:Smtp:Host:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Delivery:Smtp:Port: must be between 1 and 65535, not 0", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Delivery:Smtp:Tls: 'tls' is not one of none, starttls, ssl", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Delivery:Smtp:From:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Delivery:Smtp:Password: a User is set but no password", StringComparison.Ordinal));
        Assert.Equal(13, problems.Count);
    }

    [Fact]
    public void AWorkbookGoesToTheOfficesOfItsProvinceOrCityOnly()
    {
        var settings = new DeliverySettings
        {
            Offices = [new OfficeSettings { Province = "江苏", Folder = _folder }, new OfficeSettings { Province = "江苏", City = "南京", Folder = _folder, Recipients = ["nj@example.cn"] }],
        };

        Assert.Equal(["江苏"], settings.OfficesFor("江苏", null).Select(o => o.Key));
        Assert.Equal(["江苏/南京"], settings.OfficesFor("江苏", "南京").Select(o => o.Key));
        Assert.Empty(settings.OfficesFor("江苏", "苏州"));
        Assert.Equal([DeliveryChannel.Folder, DeliveryChannel.Mail], settings.Office("江苏/南京")!.Channels());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
