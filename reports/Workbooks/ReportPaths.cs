namespace Satisfaction.Reports.Workbooks;

/// <summary>Where workbooks go (REPORTS.md): &lt;out&gt;/&lt;period&gt;/&lt;省分&gt;/[&lt;地市&gt;/]….xlsx.</summary>
public static class ReportPaths
{
    public static string Province(string outFolder, string period, string province) =>
        Path.Combine(outFolder, period, province, $"{province}_{period}_省分报告.xlsx");

    public static string City(string outFolder, string period, string province, string city) =>
        Path.Combine(outFolder, period, province, city, $"{city}_{period}_地市报告.xlsx");
}
