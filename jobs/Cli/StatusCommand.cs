using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Delivery;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs.Cli;

/// <summary><c>satisfaction status [--json]</c>: the ledger, each file with its outcome, counts and reasons.</summary>
public static class StatusCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Build(ProductSettings settings, TextWriter output, TextWriter error)
    {
        var data = SharedOptions.Data();
        var json = new Option<bool>("--json") { Description = "以 JSON 数组输出 / print the ledger as a JSON array" };
        var stores = new StoreOptions();
        var deliveries = new Option<bool>("--deliveries") { Description = "投递记录：最新的投递尝试与失败 / the delivery record: the newest attempts and every failure" };
        var limit = new Option<int>("--limit") { Description = "--deliveries 显示的条数 / how many attempts --deliveries shows (default 100)", DefaultValueFactory = _ => 100 };
        var command = new Command("status", "台账：每个文件的结果、行数与原因 / the ledger: each file's outcome, rows and reasons") { data, json, deliveries, limit };
        stores.AddTo(command);
        command.SetAction(result =>
        {
            var chosen = stores.Apply(result, settings);
            var dataFolder = result.GetValue(data) ?? settings.Data;
            using var store = StoreAccess.OpenExisting(chosen, dataFolder);
            if (result.GetValue(deliveries))
            {
                using var log = DeliveryLogs.Open(chosen.StoreFor(FolderCheck.FullPath(dataFolder, FolderRole.Data)));
                DeliveryStatus.Print(output, log, Math.Max(1, result.GetValue(limit)), result.GetValue(json), Json);
                return ExitCodes.Ok;
            }

            var ledger = store.Ledger();
            if (result.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(ledger.Select(ToJson), Json));
            }
            else
            {
                PrintTable(output, ledger, store);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    internal static object ToJson(LedgerEntry e) => new
    {
        id = e.Id,
        file = e.Name,
        sha256 = e.Sha256,
        outcome = e.Outcome.Stored(),
        kind = e.Kind?.Stored(),
        rowsLoaded = e.RowsLoaded,
        rowsRejected = e.RowsRejected,
        rowsSkipped = e.RowsSkipped,
        rowsReplaced = e.RowsReplaced,
        warnings = e.Warnings,
        reasons = e.Reasons,
        duplicateOf = e.DuplicateOf,
        size = e.Size,
        modifiedUtc = e.ModifiedUtc,
        processedUtc = e.ProcessedUtc,
        storedPath = e.StoredPath,
        reportPath = e.ReportPath,
        reportsOwed = e.ReportsOwed,
    };

    private static void PrintTable(TextWriter output, IReadOnlyList<LedgerEntry> ledger, IIngestStore store)
    {
        if (ledger.Count == 0)
        {
            output.WriteLine("台账为空 / the ledger is empty");
            return;
        }

        output.WriteLine(" id  outcome      kind    loaded  rejected  processed (UTC)    file");
        foreach (var e in ledger)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{e.Id,3}  {e.Outcome.Stored(),-11}  {(e.Kind?.Stored() ?? "—"),-7} {e.RowsLoaded,6}  {e.RowsRejected,8}  {e.ProcessedUtc:yyyy-MM-dd HH:mm}   {e.Name}"));
            foreach (var reason in e.Reasons)
            {
                output.WriteLine("                                                    · " + reason);
            }

            if (e.Outcome != FileOutcome.Archived || e.RowsRejected > 0)
            {
                output.WriteLine("                                                    → " + e.ReportPath);
            }
        }

        output.WriteLine();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{ledger.Count} file(s): {ledger.Count(e => e.Outcome == FileOutcome.Archived)} archived, {ledger.Count(e => e.Outcome == FileOutcome.Duplicate)} duplicate, {ledger.Count(e => e.Outcome == FileOutcome.Quarantined)} quarantined; "
            + $"current visits {store.CountCurrent(FileKind.MysteryShop)}, responses {store.CountCurrent(FileKind.Survey)}; rows replaced {store.Replacements().Count}"));
        if (ledger.Count(e => e.ReportsOwed) is > 0 and var owed)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{owed} 个文件的数据尚未写入报告，下次 run 会补写 / {owed} file(s) not yet in the workbooks: the next run writes them"));
        }
    }
}
