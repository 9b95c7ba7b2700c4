using System.Diagnostics;
using Satisfaction.Reports.Tests.Support;

namespace Satisfaction.Reports.Tests.Office;

/// <summary>
/// LibreOffice opens the workbook with its charts and pictures and prints it. Needs /usr/bin/soffice
/// (apt-get install -y libreoffice-calc-nogui); the test fails, saying so, when it is missing.
/// </summary>
[Collection(SampleReportGroup.Name)]
public sealed class LibreOfficeConversionTests(SampleReport sample)
{
    private const string Soffice = "/usr/bin/soffice";

    [Fact]
    public async Task LibreOfficeConvertsTheWorkbookToAPdf()
    {
        Assert.True(File.Exists(Soffice), $"{Soffice} is missing: install it with apt-get install -y libreoffice-calc-nogui.");
        var outDir = Path.Combine(sample.Folder, "pdf");
        var profile = Path.Combine(Path.GetTempPath(), "lo-profile-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     $"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                     "--convert-to", "pdf", "--outdir", outDir, sample.WorkbookPath,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            var log = await stdout + await stderr;
            Assert.True(process.ExitCode == 0, $"soffice exited with {process.ExitCode}: {log}");

            var pdf = Path.Combine(outDir, Path.GetFileNameWithoutExtension(sample.WorkbookPath) + ".pdf");
            Assert.True(File.Exists(pdf), $"No PDF was written: {log}");
            var bytes = await File.ReadAllBytesAsync(pdf);
            Assert.True(bytes.Length > 10_000, $"The PDF has only {bytes.Length} bytes.");
            Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        }
        finally
        {
            if (Directory.Exists(profile))
                Directory.Delete(profile, recursive: true);
        }
    }
}
