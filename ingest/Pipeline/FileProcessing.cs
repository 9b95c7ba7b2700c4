using Satisfaction.Ingest.Errors;
using Satisfaction.Ingest.Headers;

namespace Satisfaction.Ingest.Pipeline;

// What was learned while reading one file, before its outcome is decided.
internal sealed class FileProcessing
{
    private readonly int _maxListed;

    public FileProcessing(int maxListed) => _maxListed = maxListed;

    public FileKind? Kind { get; set; }

    public string? Description { get; set; }

    public int Loaded { get; set; }

    public int Rejected { get; set; }

    public int Skipped { get; set; }

    public int Repeats { get; set; }

    public int Warnings { get; private set; }

    public int NotListed { get; private set; }

    public List<RowIssue> Issues { get; } = [];

    public List<string> Reasons { get; } = [];

    public int DataRows => Loaded + Rejected + Repeats;

    public void Add(RowIssue issue)
    {
        if (issue.Severity == IssueSeverity.Warning)
        {
            Warnings++;
        }

        if (Issues.Count < _maxListed)
        {
            Issues.Add(issue);
        }
        else
        {
            NotListed++;
        }
    }

    public void AddRange(IReadOnlyList<RowIssue> issues)
    {
        for (var i = 0; i < issues.Count; i++)
        {
            Add(issues[i]);
        }
    }
}
