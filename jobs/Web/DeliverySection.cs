using System.Globalization;
using Satisfaction.Jobs.Delivery;

namespace Satisfaction.Jobs.Web;

/// <summary>The page's section on deliveries: the newest attempts, what went to which office and how, and each failure with its error.</summary>
public static class DeliverySection
{
    public const int Shown = 30;

    public static void Render(Html html, IReadOnlyList<DeliveryAttempt> recent, (int Delivered, int Failed) totals)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(recent);
        html.Raw("<section id=\"deliveries\"><h2>报告投递</h2>");
        if (recent.Count == 0)
        {
            html.Element("p", "还没有投递记录。在设置 Satisfaction:Delivery 中为省、市公司配置目录或邮箱后，每份新报告都会自动投递。", "empty").Raw("</section>");
            return;
        }

        html.Element("p", string.Create(CultureInfo.InvariantCulture, $"共 {totals.Delivered + totals.Failed} 次投递尝试：送达 {totals.Delivered}，失败 {totals.Failed}；最新的在前"), "summary");
        html.Raw("<table><thead><tr><th>时间 (UTC)</th><th>单位</th><th>方式</th><th>报告</th><th>结果</th><th>第几次</th><th>去向 / 原因</th></tr></thead><tbody>");
        foreach (var a in recent)
        {
            var delivered = a.Outcome == DeliveryOutcome.Delivered;
            html.Raw(delivered ? "<tr class=\"delivered\">" : "<tr class=\"failed\">")
                .Element("td", a.AttemptedUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))
                .Element("td", a.Office).Element("td", a.Channel.Chinese()).Element("td", Path.GetFileName(a.Workbook), "file")
                .Element("td", delivered ? "送达" : "失败", "outcome").Element("td", a.Attempt.ToString(CultureInfo.InvariantCulture))
                .Element("td", delivered ? a.Target : a.Target + "：" + a.Error, "reasons").Raw("</tr>");
        }

        html.Raw("</tbody></table></section>");
    }
}
