using System.CommandLine;

namespace Satisfaction.Jobs.Cli;

/// <summary>Options that several commands share, with one spelling and one description each.</summary>
public static class SharedOptions
{
    public const string DataName = "--data";

    public static Option<string> Data() => new(DataName)
    {
        Description = "数据目录：数据库、归档、隔离区 / the data folder: store, archive, quarantine (default: data/)",
    };

    public static Option<string> Outlets() => new("--outlets")
    {
        Description = "营业厅主数据 CSV/XLSX / the outlet master (default: data-samples/outlets.csv)",
    };

    public static Option<string> Scheme() => new("--scheme")
    {
        Description = "评分方案 JSON / the scoring scheme (default: data-samples/scheme.json)",
    };

    public static Option<string> Inbox() => new("--inbox")
    {
        Description = "供应商投递目录 / the folder vendors drop files into",
    };

    public static Option<string> Out() => new("--out")
    {
        Description = "报告输出目录 / where workbooks are written",
    };
}
