namespace Satisfaction.Jobs.Cli;

/// <summary>
/// A command stopping for a reason already put into words for the person at the terminal: one line in
/// both languages and what to do next. Thrown by the checks a command makes before it starts its work.
/// </summary>
public sealed class CommandException : Exception
{
    public CommandException(int exitCode, string chinese, string english, string hint)
        : base(english)
    {
        ExitCode = exitCode;
        Chinese = chinese;
        English = english;
        Hint = hint;
    }

    public CommandException()
        : this(ExitCodes.Failed, "命令失败", "the command failed", string.Empty)
    {
    }

    public CommandException(string message)
        : this(ExitCodes.Failed, message, message, string.Empty)
    {
    }

    public CommandException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.Failed;
        Chinese = English = message;
        Hint = string.Empty;
    }

    public int ExitCode { get; }

    public string Chinese { get; }

    public string English { get; }

    /// <summary>What to do next, in both languages.</summary>
    public string Hint { get; }

    /// <summary>The command could not start (exit 2): bad arguments, folders, scheme or outlet master.</summary>
    public static CommandException CannotStart(string chinese, string english, string hint) => new(ExitCodes.BadInput, chinese, english, hint);
}
