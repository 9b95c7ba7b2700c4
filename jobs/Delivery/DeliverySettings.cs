namespace Satisfaction.Jobs.Delivery;

/// <summary>
/// Where the workbooks go: the <c>Delivery</c> section of the settings (<c>"Satisfaction": { "Delivery": { … } }</c>,
/// or <c>SATISFACTION_Delivery__…</c>). Each office — a province, or a province and a city — gets its workbook
/// copied into its folder and, where recipients are listed, e-mailed through <see cref="Smtp"/>. No offices: no delivery.
/// </summary>
public sealed record DeliverySettings
{
    public const string Section = "Delivery";

    public IReadOnlyList<OfficeSettings> Offices { get; init; } = [];

    public SmtpSettings Smtp { get; init; } = new();

    public bool Enabled => Offices.Count > 0;

    /// <summary>The offices that receive a workbook of this province and city (null: the province workbook).</summary>
    public IEnumerable<OfficeSettings> OfficesFor(string province, string? city) =>
        Offices.Where(o => string.Equals(o.Province, province, StringComparison.Ordinal) && string.Equals(Blank(o.City), city, StringComparison.Ordinal));

    public OfficeSettings? Office(string key) => Offices.FirstOrDefault(o => o.Key == key);

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>
/// One office: a province (its province workbooks) or a province and a city (that city's workbooks), with a
/// delivery folder (absolute, existing, writable) and/or e-mail recipients.
/// </summary>
public sealed record OfficeSettings
{
    public string Province { get; init; } = string.Empty;

    /// <summary>Empty for a province office.</summary>
    public string? City { get; init; }

    /// <summary>An absolute folder the office reads (often a mounted share); the workbooks land there under their own names.</summary>
    public string? Folder { get; init; }

    /// <summary>Addresses the workbook is e-mailed to, e.g. <c>"南京分公司 &lt;nanjing@example.cn&gt;"</c>.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The office's name in the record and on the screen: <c>江苏</c> or <c>江苏/南京</c>.</summary>
    public string Key => DeliverySettings.Blank(City) is { } city ? $"{Province.Trim()}/{city}" : Province.Trim();

    public bool HasFolder => !string.IsNullOrWhiteSpace(Folder);

    public bool HasMail => Recipients.Any(r => !string.IsNullOrWhiteSpace(r));

    public IEnumerable<DeliveryChannel> Channels()
    {
        if (HasFolder)
        {
            yield return DeliveryChannel.Folder;
        }

        if (HasMail)
        {
            yield return DeliveryChannel.Mail;
        }
    }
}
