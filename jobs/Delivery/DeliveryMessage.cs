using System.Globalization;
using System.Text;
using MimeKit;

namespace Satisfaction.Jobs.Delivery;

/// <summary>The e-mail of one workbook: a short Chinese message with the period and the key figures, the workbook attached as sent.</summary>
public static class DeliveryMessage
{
    private const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static MimeMessage Build(SmtpSettings smtp, OfficeSettings office, DeliveryFigures figures, string workbookName, byte[] workbook)
    {
        ArgumentNullException.ThrowIfNull(smtp);
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(figures);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From ?? string.Empty));
        message.To.AddRange(office.Recipients.Where(r => !string.IsNullOrWhiteSpace(r)).Select(MailboxAddress.Parse));
        message.Subject = Subject(figures);
        var body = new TextPart("plain") { Text = Body(figures, workbookName) };
        body.ContentType.Charset = "utf-8";
        var attachment = new MimePart(WorkbookType)
        {
            Content = new MimeContent(new MemoryStream(workbook, writable: false)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = workbookName,
        };
        message.Body = new Multipart("mixed") { body, attachment };
        return message;
    }

    public static string Subject(DeliveryFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.City is null
            ? $"{figures.Province} {figures.Period} 营业厅服务评价省分报告"
            : $"{figures.Province}{figures.City} {figures.Period} 营业厅服务评价地市报告";
    }

    public static string Body(DeliveryFigures figures, string workbookName)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var scope = figures.City is null ? $"{figures.Province}全省" : $"{figures.Province}{figures.City}";
        var text = new StringBuilder();
        text.AppendLine("您好：").AppendLine()
            .AppendLine(Invariant($"附件是{scope} {figures.Period} 的营业厅服务评价报告（{workbookName}）。")).AppendLine()
            .AppendLine("主要指标：")
            .AppendLine(Invariant($"  暗访得分：{Number(figures.Score)}{Change(figures.Change, figures.ChangeSignificant)}{(figures.Grade is { } g ? $"，{g}" : string.Empty)}"));
        if (figures.Rank is { } rank)
        {
            text.AppendLine(Invariant($"  排名：全省 {figures.RankedAmong} 个地市中第 {rank} 名"));
        }

        text.AppendLine(Invariant($"  满意度得分（满意度指数）：{Number(figures.SatisfactionIndex)}{Change(figures.SatisfactionChange, false)}"))
            .AppendLine(Invariant($"  NPS：{Number(figures.Nps)}"))
            .AppendLine(Invariant($"  样本：{figures.Outlets} 个营业厅，暗访 {figures.Visits} 次，受访客户 {figures.Respondents} 人")).AppendLine()
            .AppendLine("详细数据、图表与改进优先级见附件。此邮件由系统自动发送，请勿直接回复。");
        return text.ToString();
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "—（无数据）";

    private static string Change(double? change, bool significant) => change is { } c
        ? Invariant($"（较上期 {c.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture)}{(significant ? "，变化显著" : string.Empty)}）")
        : string.Empty;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
