using System.Text;

namespace Satisfaction.Ingest.Tests.Support;

/// <summary>Builds small vendor CSV files inline, the way a test reads best.</summary>
public static class VendorCsv
{
    public const string SurveyHeader = "样本编号,营业厅编码,调查日期,S1,S2,S3,S4,S5,S6,S7,S8,S9,S10";
    public const string MysteryHeader = "访问编号,营业厅编码,访问日期,访员编号,A1,A2,A3,A4,A5,A6,A7,B1,B2,B3,B4,B5,B6,C1,C2,C3,C4,C5,D1,D2,D3,D4,D5,E1,E2,E3,E4,E5,V1,V2,V3,V4,备注";

    /// <summary>A survey row with every touchpoint answered <paramref name="score"/>.</summary>
    public static string SurveyRow(string id, string outlet = "0250101", string date = "2026-07-05", int score = 8) =>
        $"{id},{outlet},{date},{score},{score},{score},{score},{score},{score},{score},,{score},{score}";

    /// <summary>A mystery row, all yes (points items full), veto items passed.</summary>
    public static string MysteryRow(string id, string outlet = "0250101", string date = "2026-07-05", string a1 = "是", string v1 = "是", string comment = "") =>
        $"{id},{outlet},{date},JS-01,{a1},是,是,是,是,是,是,是,是,是,是,是,是,是,4,是,是,是,8,是,7,不适用,是,是,是,是,是,是,{v1},是,是,是,{comment}";

    public static string Write(string folder, string name, IEnumerable<string> lines, Encoding? encoding = null, DateTime? modifiedUtc = null)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", encoding ?? new UTF8Encoding(true));
        if (modifiedUtc is { } time)
        {
            File.SetLastWriteTimeUtc(path, time);
        }

        return path;
    }
}
