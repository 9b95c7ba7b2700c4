namespace Satisfaction.Ingest.Outlets;

/// <summary>An outlet master that cannot be used, with every problem found.</summary>
public sealed class OutletMasterException : Exception
{
    public OutletMasterException(string path, IReadOnlyList<string> problems)
        : base($"营业厅主数据无效 / invalid outlet master {path}:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    public OutletMasterException()
        : this("(unknown)", [])
    {
    }

    public OutletMasterException(string message)
        : base(message)
    {
        Problems = [];
    }

    public OutletMasterException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<string> Problems { get; }
}
