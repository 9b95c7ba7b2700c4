namespace Satisfaction.Jobs.Cli;

/// <summary>A folder a command works with, named as messages name it and with the option that sets it.</summary>
public sealed record FolderRole(string Chinese, string English, string Option)
{
    public static FolderRole Data { get; } = new("数据目录", "data folder", "--data");

    public static FolderRole Out { get; } = new("报告输出目录", "out folder", "--out");

    public static FolderRole Inbox { get; } = new("收件箱", "inbox", "--inbox");

    public static FolderRole Demo { get; } = new("演示目录", "demo folder", "--folder");

    public static FolderRole Generated { get; } = new("生成文件的目录", "folder for the generated files", "--out");
}
