using System.Globalization;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Delivery;

namespace Satisfaction.Jobs.Web;

/// <summary>
/// The analysts' page at <c>/</c>, in Chinese: a form to rerun a period, a province or a city (with the
/// job's progress), the newest workbooks to download, and the ledger, a page at a time, newest first, with
/// each file's outcome, rows and reasons and its error report to download. Rendered on the server; a little
/// script only follows a rerun's progress.
/// </summary>
public static class AnalystPage
{
    public sealed record Model(
        LedgerPage Ledger,
        IReadOnlyList<WorkbookFile> Workbooks,
        IReadOnlyList<string> Provinces,
        IReadOnlyList<string> Cities,
        string AntiforgeryField,
        string AntiforgeryToken,
        string? Rerun)
    {
        public IReadOnlyList<DeliveryAttempt> Deliveries { get; init; } = [];

        public (int Delivered, int Failed) DeliveryTotals { get; init; }
    }

    public static string Render(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var html = new Html();
        html.Raw("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<title>营业厅服务评价 · 分析工作台</title><style>").Raw(Style).Raw("</style></head><body>")
            .Raw("<header><h1>营业厅服务暗访与满意度 · 分析工作台</h1><nav><a href=\"/hangfire\">任务面板</a> · <a href=\"/api/ledger\">台账 API</a> · <a href=\"/api/workbooks\">报告 API</a> · <a href=\"/api/deliveries\">投递 API</a></nav></header><main>");
        Rerun(html, model);
        Workbooks(html, model.Workbooks);
        DeliverySection.Render(html, model.Deliveries, model.DeliveryTotals);
        Ledger(html, model.Ledger);
        html.Raw("</main><script>").Raw(Script).Raw("</script></body></html>");
        return html.ToString();
    }

    private static void Rerun(Html html, Model model)
    {
        var periods = model.Workbooks.Select(w => w.Period).Distinct().ToList();
        html.Raw("<section id=\"rerun\"><h2>重新生成报告</h2><form id=\"rerun-form\" method=\"post\" action=\"/api/reruns\">")
            .Raw("<input type=\"hidden\" name=\"").Text(model.AntiforgeryField).Raw("\" value=\"").Text(model.AntiforgeryToken).Raw("\">")
            .Raw("<label>周期 <input name=\"period\" id=\"period\" required list=\"periods\" placeholder=\"如 2026Q3\" value=\"").Text(periods.FirstOrDefault()).Raw("\"></label>")
            .Raw("<label>省份 <input name=\"province\" id=\"province\" list=\"provinces\" placeholder=\"全部\"></label>")
            .Raw("<label>地市 <input name=\"city\" id=\"city\" list=\"cities\" placeholder=\"全部\"></label>")
            .Raw("<button type=\"submit\" id=\"rerun-submit\">重新生成</button></form>");
        DataList(html, "periods", periods);
        DataList(html, "provinces", model.Provinces);
        DataList(html, "cities", model.Cities);
        html.Raw("<div id=\"rerun-progress\" hidden data-rerun=\"").Text(model.Rerun).Raw("\"><div class=\"bar\"><div class=\"fill\"></div></div>")
            .Raw("<p><span id=\"rerun-state\"></span> <span id=\"rerun-count\"></span></p><p id=\"rerun-message\"></p><ul id=\"rerun-workbooks\"></ul></div></section>");
    }

    private static void DataList(Html html, string id, IEnumerable<string> values)
    {
        html.Raw("<datalist id=\"").Raw(id).Raw("\">");
        foreach (var value in values)
        {
            html.Raw("<option value=\"").Text(value).Raw("\">");
        }

        html.Raw("</datalist>");
    }

    private static void Workbooks(Html html, IReadOnlyList<WorkbookFile> workbooks)
    {
        html.Raw("<section id=\"workbooks\"><h2>最新报告</h2>");
        if (workbooks.Count == 0)
        {
            html.Element("p", "还没有报告。文件投递到收件箱后，报告会自动生成。", "empty").Raw("</section>");
            return;
        }

        html.Raw("<table><thead><tr><th>周期</th><th>省份</th><th>省分报告</th><th>地市报告</th><th>更新时间 (UTC)</th></tr></thead><tbody>");
        foreach (var group in workbooks.GroupBy(w => (w.Period, w.Province)))
        {
            html.Raw("<tr>").Element("td", group.Key.Period).Element("td", group.Key.Province).Raw("<td>");
            if (group.FirstOrDefault(w => w.City is null) is { } province)
            {
                html.Link(province.DownloadUrl, province.Name, download: true);
            }

            html.Raw("</td><td class=\"cities\">");
            foreach (var city in group.Where(w => w.City is not null))
            {
                html.Link(city.DownloadUrl, city.City!, download: true).Raw(" ");
            }

            html.Raw("</td>").Element("td", group.Max(w => w.ModifiedUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Raw("</tr>");
        }

        html.Raw("</tbody></table></section>");
    }

    private static void Ledger(Html html, LedgerPage page)
    {
        html.Raw("<section id=\"ledger\"><h2>收件台账</h2>")
            .Element("p", string.Create(CultureInfo.InvariantCulture, $"共 {page.Total} 个文件，最新的在前；第 {page.Page} / {page.Pages} 页"), "summary");
        html.Raw("<table><thead><tr><th>编号</th><th>文件</th><th>结果</th><th>类型</th><th>加载行</th><th>拒绝行</th><th>处理时间 (UTC)</th><th>原因</th><th>错误报告</th></tr></thead><tbody>");
        foreach (var e in page.Entries)
        {
            html.Raw("<tr class=\"").Raw(e.Outcome.Stored()).Raw("\">")
                .Element("td", e.Id.ToString(CultureInfo.InvariantCulture)).Element("td", e.Name, "file")
                .Element("td", e.Outcome.Chinese(), "outcome").Element("td", e.Kind?.Chinese() ?? "—")
                .Element("td", e.RowsLoaded.ToString(CultureInfo.InvariantCulture)).Element("td", e.RowsRejected.ToString(CultureInfo.InvariantCulture))
                .Element("td", e.ProcessedUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Raw("<td class=\"reasons\">");
            foreach (var reason in e.Reasons)
            {
                html.Element("div", reason);
            }

            html.Raw("</td><td>");
            if (LedgerPage.HasErrorReport(e))
            {
                html.Link(ErrorReportUrl(e.Id), "下载", download: true);
            }

            html.Raw("</td></tr>");
        }

        html.Raw("</tbody></table><nav class=\"pages\">");
        if (page.Page > 1)
        {
            html.Link(string.Create(CultureInfo.InvariantCulture, $"/?page={page.Page - 1}#ledger"), "‹ 较新");
        }

        if (page.Page < page.Pages)
        {
            html.Raw(" ").Link(string.Create(CultureInfo.InvariantCulture, $"/?page={page.Page + 1}#ledger"), "较早 ›");
        }

        html.Raw("</nav></section>");
    }

    public static string ErrorReportUrl(long ledgerId) => string.Create(CultureInfo.InvariantCulture, $"/files/reports/{ledgerId}");

    private const string Style = """
        body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2933;background:#f5f7fa}
        header{background:#1f4e79;color:#fff;padding:12px 24px;display:flex;justify-content:space-between;align-items:center}
        header h1{font-size:20px;margin:0}header a{color:#dbeafe}
        main{padding:8px 24px 32px}section{background:#fff;border-radius:6px;padding:12px 16px;margin:16px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
        h2{font-size:17px;margin:4px 0 12px;color:#1f4e79}
        table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e4e7eb;padding:5px 8px;text-align:left;vertical-align:top}
        th{background:#f0f4f8;white-space:nowrap}td{white-space:nowrap}td.file,td.reasons,td.cities{white-space:normal}tr.quarantined .outcome{color:#b91c1c}tr.duplicate .outcome{color:#92400e}tr.archived .outcome{color:#166534}tr.failed .outcome{color:#b91c1c}tr.delivered .outcome{color:#166534}
        .reasons div{max-width:520px}.cities a{margin-right:10px;white-space:nowrap}form label{margin-right:12px}input{padding:4px 6px;width:120px}button{padding:5px 16px;background:#1f4e79;color:#fff;border:0;border-radius:4px;cursor:pointer}
        .bar{height:12px;background:#e4e7eb;border-radius:6px;overflow:hidden;margin-top:12px;max-width:520px}.fill{height:100%;width:0;background:#2f855a;transition:width .3s}
        #rerun-state.failed,#rerun-message{color:#b91c1c}.pages a{margin-right:12px}.summary,.empty{color:#52606d}
        """;

    private const string Script = """
        (function(){
          const names={queued:'排队中',running:'进行中',processing:'生成中',retrying:'重试中',succeeded:'已完成',failed:'失败',empty:'没有数据'};
          const box=document.getElementById('rerun-progress');
          function show(p){
            box.hidden=false;
            const state=document.getElementById('rerun-state');
            state.textContent=names[p.state]||p.state;state.className=p.state;
            document.getElementById('rerun-count').textContent=p.total?('（'+p.done+' / '+p.total+' 个工作簿）'):'';
            box.querySelector('.fill').style.width=(p.total?Math.round(100*p.done/p.total):(p.finished?100:5))+'%';
            document.getElementById('rerun-message').textContent=p.message||'';
            const list=document.getElementById('rerun-workbooks');list.textContent='';
            for(const w of p.workbooks){
              const li=document.createElement('li');
              const label=w.period+' '+(w.city||w.province+' 全省')+'：'+(names[w.state]||w.state)+(w.reason?('（'+w.reason+'）'):'');
              if(w.url){const a=document.createElement('a');a.href=w.url;a.textContent=label;li.appendChild(a);}else{li.textContent=label;}
              list.appendChild(li);
            }
          }
          async function follow(id){
            for(;;){
              const r=await fetch('/api/reruns/'+encodeURIComponent(id),{headers:{Accept:'application/json'}});
              if(!r.ok){box.hidden=false;document.getElementById('rerun-message').textContent='查询进度失败：'+r.status;return;}
              const p=await r.json();show(p);
              if(p.finished)return;
              await new Promise(res=>setTimeout(res,1000));
            }
          }
          document.getElementById('rerun-form').addEventListener('submit',async function(e){
            e.preventDefault();
            const r=await fetch(this.action,{method:'POST',body:new FormData(this),headers:{Accept:'application/json'}});
            const body=await r.json().catch(()=>({}));
            if(!r.ok){box.hidden=false;document.getElementById('rerun-state').textContent='';document.getElementById('rerun-message').textContent=body.error||('提交失败：'+r.status);return;}
            history.replaceState(null,'','/?rerun='+encodeURIComponent(body.id));
            follow(body.id);
          });
          if(box.dataset.rerun){follow(box.dataset.rerun);}
        })();
        """;
}
