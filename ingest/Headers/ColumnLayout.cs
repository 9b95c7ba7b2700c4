namespace Satisfaction.Ingest.Headers;

/// <summary>
/// Where everything is in a vendor sheet: the kind, the header rows, the named fields and the answer
/// columns. Unknown columns are simply absent, so they can never reach a report.
/// </summary>
public sealed record ColumnLayout
{
    public required FileKind Kind { get; init; }

    /// <summary>Excel row number of the (last) header row; data starts below it.</summary>
    public required int HeaderRowNumber { get; init; }

    /// <summary>1, or 2 for a group row above the item row.</summary>
    public required int HeaderRowCount { get; init; }

    public required IReadOnlyDictionary<FieldKind, int> Fields { get; init; }

    /// <summary>Answer columns in scheme order.</summary>
    public required IReadOnlyList<AnswerColumn> Answers { get; init; }

    /// <summary>The header text of each column as the vendor wrote it, for error reports.</summary>
    public required IReadOnlyList<string> Headers { get; init; }

    /// <summary>Scheme codes of this kind with no column in the file (read as not applicable).</summary>
    public required IReadOnlyList<string> MissingCodes { get; init; }

    /// <summary>Headers that look like codes the scheme does not know (ignored, reported as a warning).</summary>
    public required IReadOnlyList<string> UnknownCodeHeaders { get; init; }

    public int? Column(FieldKind field) => Fields.TryGetValue(field, out var index) ? index : null;

    public string HeaderOf(int index) => index < Headers.Count ? Headers[index] : string.Empty;
}
