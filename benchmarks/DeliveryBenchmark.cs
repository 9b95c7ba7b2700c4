using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Jobs.Delivery;
using Satisfaction.Jobs.Reporting;
using Satisfaction.Jobs.Settings;
using Satisfaction.Reports.Fonts;
using Satisfaction.Reports.Rendering;

namespace Satisfaction.Benchmarks;

// Issue 10: what delivery adds to a province-period. The 14 workbooks of a 1,300-outlet province are
// written as in `reports`, then each is delivered to its office by folder (atomic copy into a real folder)
// and by mail (MailKit to an SMTP server in this process on loopback), every attempt recorded in a real
// SQLite file; then the same workbooks written again and delivered again (same content: nothing is sent).
internal static class DeliveryBenchmark
{
    public static int Run(int outletsPerCity, int visits, int responses)
    {
        var scheme = SchemeLoader.Load(DefaultFiles.Resolve(null, "scheme.json"));
        var data = SyntheticProvince.Build(scheme, outletsPerCity, visits, responses);
        var font = CjkFont.Resolve();
        var root = Directory.CreateTempSubdirectory("satisfaction-delivery-bench").FullName;
        var port = LoopbackPort.Free();
        using var stop = new CancellationTokenSource();
        var sink = new CountingStore();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(sink);
        var server = new SmtpServer.SmtpServer(new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build(), services);
        _ = server.StartAsync(stop.Token);
        try
        {
            var outFolder = Directory.CreateDirectory(Path.Combine(root, "out")).FullName;
            var dataFolder = Directory.CreateDirectory(Path.Combine(root, "data")).FullName;
            var periods = new ScoredPeriods(data);
            var builder = new ReportBuilder(periods, "scheme.json");
            var period = Period.Parse("2026Q3");
            var cities = periods[period].CitiesOf("江苏").Order(StringComparer.Ordinal).ToList();
            var settings = new DeliverySettings
            {
                Offices = [Office(root, "江苏", null), .. cities.Select(c => Office(root, "江苏", c))],
                Smtp = new SmtpSettings { Host = "127.0.0.1", Port = port, Tls = "none", From = "reports@example.cn" },
            };

            List<WrittenScope> Write()
            {
                var province = builder.Province(period, "江苏");
                var written = new List<WrittenScope> { new(province.Period, "江苏", null, ProvinceReportWriter.Write(province, outFolder, font).Path, province.Summary) };
                foreach (var city in cities)
                {
                    var report = builder.City(period, "江苏", city);
                    written.Add(new WrittenScope(report.Period, "江苏", city, CityReportWriter.Write(report, outFolder, font).Path, report.Summary));
                }

                return written;
            }

            var first = Write();
            var bytes = first.Sum(w => new FileInfo(w.Path).Length);
            var hashing = Stopwatch.StartNew();
            foreach (var w in first)
            {
                WorkbookContent.Hash(File.ReadAllBytes(w.Path));
            }

            hashing.Stop();
            var (delivered, firstTime) = Deliver(settings, outFolder, dataFolder, first);
            var again = Write();
            var (secondDelivered, secondTime) = Deliver(settings, outFolder, dataFolder, again);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{first.Count} workbooks ({bytes / 1048576.0:F1} MiB) to {settings.Offices.Count} offices: content hash of all {hashing.Elapsed.TotalSeconds:F2} s; "
                + $"{delivered} deliveries (folder and mail, {sink.Count} messages) in {firstTime.TotalSeconds:F2} s ({firstTime.TotalMilliseconds / Math.Max(1, delivered):F0} ms each); "
                + $"written again, same content: {secondDelivered} delivered, checked in {secondTime.TotalSeconds:F2} s; peak RSS {PeakMemory.PeakRssMiB():F0} MiB"));
            return delivered == 2 * first.Count && secondDelivered == 0 ? 0 : 1;
        }
        finally
        {
            stop.Cancel();
            server.Shutdown();
            Directory.Delete(root, recursive: true);
        }
    }

    private static (int Delivered, TimeSpan Elapsed) Deliver(DeliverySettings settings, string outFolder, string dataFolder, List<WrittenScope> written)
    {
        var clock = Stopwatch.StartNew();
        var results = InlineDelivery.Run(settings, outFolder, new Satisfaction.Ingest.Store.StoreSettings { DataFolder = dataFolder }, written, CancellationToken.None);
        return (results.Count(r => r.Kind == DeliveryResultKind.Delivered), clock.Elapsed);
    }

    private static OfficeSettings Office(string root, string province, string? city) => new()
    {
        Province = province,
        City = city,
        Folder = Directory.CreateDirectory(Path.Combine(root, "offices", city ?? province)).FullName,
        Recipients = [$"office{Math.Abs((city ?? province).GetHashCode(StringComparison.Ordinal))}@example.cn"],
    };

    private sealed class CountingStore : MessageStore
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
