namespace Satisfaction.Reports.Tests.Printing;

/// <summary>LibreOffice, headless, with a profile of its own: many workbooks to PDF in one start-up.</summary>
public static class Soffice
{
    public const string Path = "/usr/bin/soffice";

    public static void ConvertToPdf(string outFolder, params string[] workbooks)
    {
        Assert.True(File.Exists(Path), $"{Path} is missing: install it with apt-get install -y libreoffice-calc-nogui (scripts/setup-test-services).");
        var profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lo-profile-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, log) = Tool.Run(Path, TimeSpan.FromMinutes(5), [$"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outFolder, .. workbooks]);
            Assert.True(code == 0, $"soffice exited with {code}: {log}");
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }
}
