using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Reading;

/// <summary>An opened source, or why the file cannot be opened at all (wrong type, damaged, zip bomb, …).</summary>
public sealed record TableOpenResult(ITableSource? Source, Problem? Problem)
{
    public static TableOpenResult Opened(ITableSource source) => new(source, null);

    public static TableOpenResult Failed(Problem problem) => new(null, problem);
}
