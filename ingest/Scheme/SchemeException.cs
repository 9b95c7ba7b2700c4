namespace Satisfaction.Ingest.Scheme;

/// <summary>A scheme that cannot be used; carries every problem found, not only the first.</summary>
public sealed class SchemeException : Exception
{
    public SchemeException(string path, IReadOnlyList<SchemeProblem> problems)
        : base(Describe(path, problems))
    {
        Path = path;
        Problems = problems;
    }

    public SchemeException()
        : this("(unknown)", [])
    {
    }

    public SchemeException(string message)
        : base(message)
    {
        Path = "(unknown)";
        Problems = [];
    }

    public SchemeException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "(unknown)";
        Problems = [];
    }

    public string Path { get; }

    public IReadOnlyList<SchemeProblem> Problems { get; }

    private static string Describe(string path, IReadOnlyList<SchemeProblem> problems) =>
        $"评分方案无效 / invalid scheme {path} ({problems.Count} problem(s)):" + Environment.NewLine
        + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
}
