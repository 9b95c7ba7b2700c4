using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Satisfaction.Analysis.Periods;
using Satisfaction.Ingest.Pipeline;
using Satisfaction.Jobs.Cli;
using Satisfaction.Jobs.Delivery;
using Satisfaction.Jobs.Work;

namespace Satisfaction.Jobs.Web;

/// <summary>
/// The page and its JSON API: <c>GET /</c>, <c>GET /api/ledger</c>, <c>GET /api/workbooks</c>,
/// <c>GET /api/deliveries</c>, <c>POST /api/reruns</c>, <c>GET /api/reruns/{id}</c>, and the downloads (workbooks under the out folder,
/// error reports under the data folder, each found by what the product knows, never by a path from the request).
/// </summary>
public static class WebEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/", Page);
        app.MapGet("/api/ledger", (WorkContext context, int? page, int? size) =>
        {
            using var store = context.Store.Open();
            var ledger = LedgerPage.Of(store, page ?? 1, size ?? LedgerPage.DefaultSize);
            return Results.Json(new
            {
                total = ledger.Total,
                page = ledger.Page,
                size = ledger.Size,
                pages = ledger.Pages,
                entries = ledger.Entries.Select(e => new { entry = StatusCommand.ToJson(e), errorReportUrl = LedgerPage.HasErrorReport(e) ? AnalystPage.ErrorReportUrl(e.Id) : null }),
            });
        });
        app.MapGet("/api/workbooks", (WorkContext context) => Results.Json(new WorkbookCatalog(context.Folders.Out).List().Select(w => new
        {
            period = w.Period,
            province = w.Province,
            city = w.City,
            path = w.RelativePath,
            url = w.DownloadUrl,
            size = w.Size,
            modifiedUtc = w.ModifiedUtc,
        })));
        app.MapGet("/api/deliveries", (WorkContext context, int? limit) =>
        {
            using var log = DeliveryLogs.Open(context.Store.Store);
            var (delivered, failed) = log.Totals();
            return Results.Json(new { delivered, failed, attempts = log.Recent(Math.Clamp(limit ?? 100, 1, 1000)).Select(DeliveryJson.Of) });
        });
        app.MapPost("/api/reruns", StartRerun);
        app.MapGet("/api/reruns/{id}", (WorkContext context, string id) =>
            context.Rebuilds.Progress(id) is { } progress ? Results.Json(ToJson(progress)) : Results.NotFound(new { error = $"没有这个重新生成任务 / no rerun {id}" }));
        app.MapGet("/files/workbooks/{**path}", (WorkContext context, string path) =>
            new WorkbookCatalog(context.Folders.Out).Find(path) is { } workbook
                ? Results.File(workbook.FullPath, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Name)
                : Results.NotFound());
        app.MapGet("/files/reports/{id:long}", ErrorReport);
    }

    private static IResult Page(HttpContext http, WorkContext context, IAntiforgery antiforgery, int? page, string? rerun)
    {
        using var store = context.Store.Open();
        var ledger = LedgerPage.Of(store, page ?? 1, LedgerPage.DefaultSize);
        var outlets = context.Inputs.Current().Outlets.Outlets;
        var tokens = antiforgery.GetAndStoreTokens(http);
        using var deliveries = DeliveryLogs.Open(context.Store.Store);
        var html = AnalystPage.Render(new AnalystPage.Model(
            ledger,
            new WorkbookCatalog(context.Folders.Out).List(),
            [.. outlets.Select(o => o.Province).Distinct().Order(StringComparer.Ordinal)],
            [.. outlets.Select(o => o.City).Distinct().Order(StringComparer.Ordinal)],
            tokens.FormFieldName,
            tokens.RequestToken ?? string.Empty,
            rerun)
        {
            Deliveries = deliveries.Recent(DeliverySection.Shown),
            DeliveryTotals = deliveries.Totals(),
        });
        return Results.Content(html, "text/html; charset=utf-8");
    }

    // Forms (the page) carry an anti-forgery token; JSON (scripts) cannot be sent cross-site without CORS, which is off.
    private static async Task<IResult> StartRerun(HttpContext http, WorkContext context, RebuildPlanner planner, IAntiforgery antiforgery)
    {
        string? period, province, city;
        if (http.Request.HasFormContentType)
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http).ConfigureAwait(false);
            }
            catch (AntiforgeryValidationException)
            {
                return Results.BadRequest(new { error = "表单已过期，请刷新页面后重试 / the form has expired: reload the page and try again" });
            }

            var form = await http.Request.ReadFormAsync().ConfigureAwait(false);
            (period, province, city) = (form["period"], form["province"], form["city"]);
        }
        else if (!http.Request.HasJsonContentType())
        {
            return Results.Json(new { error = "请以 JSON（application/json）或页面表单提交 / send JSON (application/json) or the page's form" }, statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        else
        {
            var body = await http.Request.ReadFromJsonAsync<RerunBody>().ConfigureAwait(false);
            (period, province, city) = (body?.Period, body?.Province, body?.City);
        }

        Period which;
        try
        {
            which = Period.Parse(period ?? string.Empty);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return Results.BadRequest(new { error = $"“{period}”不是周期，请写季度如 2026Q3 或月份如 2026-07 / '{period}' is not a period: write a quarter as 2026Q3 or a month as 2026-07" });
        }

        if (which.Kind != context.Inputs.Current().Scheme.Period)
        {
            return Results.BadRequest(new { error = $"周期 {which} 与评分方案的周期类型不符 / the period {which} does not match the scheme's period kind" });
        }

        var id = planner.QueueRerun(which, Blank(province), Blank(city));
        var status = "/api/reruns/" + id;
        var wantsJson = http.Request.Headers.Accept.Any(a => a?.Contains("json", StringComparison.OrdinalIgnoreCase) == true) || !http.Request.HasFormContentType;
        return wantsJson ? Results.Accepted(status, new { id, status }) : Results.Redirect("/?rerun=" + Uri.EscapeDataString(id) + "#rerun");
    }

    private static IResult ErrorReport(WorkContext context, long id)
    {
        using var store = context.Store.Open();
        var entry = store.LedgerEntry(id);
        if (entry is null)
        {
            return Results.NotFound();
        }

        // The path comes from the ledger, and is served only if it lies inside the data folder.
        var data = new DataFolders(context.Folders.Data).Root + Path.DirectorySeparatorChar;
        var report = Path.GetFullPath(entry.ReportPath);
        return report.StartsWith(data, StringComparison.Ordinal) && File.Exists(report)
            ? Results.File(report, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Path.GetFileName(report))
            : Results.NotFound();
    }

    private static object ToJson(RebuildProgress p) => new
    {
        id = p.Id,
        state = p.State,
        finished = p.Finished,
        request = p.Request,
        message = p.Message,
        total = p.Total,
        done = p.Done,
        failed = p.FailedCount,
        createdUtc = p.CreatedUtc,
        workbooks = p.Workbooks.Select(w => new
        {
            period = w.Period,
            province = w.Province,
            city = w.City,
            state = w.State,
            reason = w.Reason,
            path = w.Path,
            url = w.Path is null ? null : "/files/workbooks/" + string.Join('/', w.Path.Replace(Path.DirectorySeparatorChar, '/').Split('/').Select(Uri.EscapeDataString)),
            jobId = w.JobId,
        }),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record RerunBody(string? Period, string? Province, string? City);
}
