namespace Satisfaction.Ingest.Errors;

/// <summary>How bad an issue is: an error rejects its row (or the file); a warning loads with a note.</summary>
public enum IssueSeverity
{
    Warning,
    Error,
}
