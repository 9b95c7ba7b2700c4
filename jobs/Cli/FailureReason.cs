using System.Data.Common;
using Satisfaction.Ingest.Store;
using Satisfaction.Reports.Fonts;

namespace Satisfaction.Jobs.Cli;

/// <summary>
/// What the top-level handler tells the person at the terminal about an exception: one line in both
/// languages, what to do next, and the exit status. Only unexpected failures need the log's stack trace.
/// </summary>
public sealed record FailureReason(int ExitCode, string Chinese, string English, string Hint, bool Unexpected)
{
    private const string RunAgain = "排除后再次运行即可，已完成的部分不会重复 / fix it and run again: finished work is not repeated";

    public static FailureReason Of(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure switch
        {
            CommandException f => new(f.ExitCode, f.Chinese, f.English, f.Hint, Unexpected: false),
            OperationCanceledException => new(ExitCodes.Failed, "已中断", "interrupted", "再次运行即从中断处继续 / run again to continue where it stopped", Unexpected: false),
            UnauthorizedAccessException e => new(ExitCodes.Failed, $"没有读写权限：{e.Message}", $"permission denied: {e.Message}",
                "请给运行 satisfaction 的账户该目录的读写权限；" + RunAgain, Unexpected: true),
            IOException e when IsDiskFull(e) => new(ExitCodes.Failed, $"磁盘已满：{e.Message}", $"the disk is full: {e.Message}", "请腾出空间；" + RunAgain, Unexpected: true),
            IOException e => new(ExitCodes.Failed, $"文件读写失败：{e.Message}", $"a file operation failed: {e.Message}", RunAgain, Unexpected: true),
            StoreException or DbException => new(ExitCodes.Failed, $"数据库出错：{failure.Message}", $"the store failed: {failure.Message}",
                "请检查数据库可连接、数据目录可写且磁盘未满；" + RunAgain + "（正在加载的文件留在收件箱 / the file being loaded stays in the inbox）", Unexpected: true),
            CjkFontException e => new(ExitCodes.Failed, "缺少中文字体", e.Message, "以 root 运行 scripts/setup-runtime 安装字体 / run scripts/setup-runtime as root to install the font", Unexpected: true),
            _ => new(ExitCodes.Failed, $"程序出错：{failure.Message}", $"the program failed: {failure.GetType().Name}: {failure.Message}",
                "请把日志交给系统维护人员 / pass the log to the product's maintainers", Unexpected: true),
        };
    }

    // ENOSPC on Linux; ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on Windows.
    private static bool IsDiskFull(IOException e) => e.HResult == 28 || (e.HResult & 0xFFFF) is 0x27 or 0x70;
}
