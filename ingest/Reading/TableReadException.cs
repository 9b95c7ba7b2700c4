using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Reading;

/// <summary>A file that cannot be read on: damaged, hostile, or past a safety limit. The file is quarantined with <see cref="Problem"/>.</summary>
public sealed class TableReadException : Exception
{
    public TableReadException(Problem problem, Exception? inner = null)
        : base(problem.English, inner)
    {
        Problem = problem;
    }

    public TableReadException()
        : this(new Problem("无法读取文件", "the file cannot be read"))
    {
    }

    public TableReadException(string message)
        : this(new Problem(message, message))
    {
    }

    public TableReadException(string message, Exception innerException)
        : this(new Problem(message, message), innerException)
    {
    }

    public Problem Problem { get; }
}
