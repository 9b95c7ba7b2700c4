namespace Satisfaction.Samples;

/// <summary>
/// What a generated file holds, so that tests and benchmarks can check the pipeline against it: data rows,
/// rows skipped without error, and the bad rows planted, by kind and by row number.
/// </summary>
public sealed record GenerationReport
{
    public required string Path { get; init; }

    public required VendorFileKind Kind { get; init; }

    public required IReadOnlyList<string> Periods { get; init; }

    /// <summary>Row number (1-based) of the last header row; data starts below it.</summary>
    public required int HeaderRowNumber { get; init; }

    /// <summary>Rows a reader sees as data: good ones, bad ones and duplicates; not blank, total or note rows.</summary>
    public required int DataRows { get; init; }

    /// <summary>Blank, 合计 and 注 rows below the header: skipped without error.</summary>
    public required int SkippedRows { get; init; }

    /// <summary>Extra copies of a row with the same id and identical content: one is kept, with a warning.</summary>
    public required int IdenticalDuplicates { get; init; }

    /// <summary>Bad rows by kind (a conflicting duplicate counts both of its rows).</summary>
    public required IReadOnlyDictionary<BadRowKind, int> BadRows { get; init; }

    public required IReadOnlyList<PlantedRow> PlantedRows { get; init; }

    /// <summary>Survey files: loadable rows whose overall question (S9) is answered. Zero for mystery files.</summary>
    public required int OverallAnswered { get; init; }

    /// <summary>Distinct outlets with loadable rows, and the most rows any one of them has.</summary>
    public required int Outlets { get; init; }

    public required int MaxRowsPerOutlet { get; init; }

    public int RejectedRows => BadRows.Values.Sum();

    public int ExpectedLoadedRows => DataRows - RejectedRows - IdenticalDuplicates;

    /// <summary>True when more than 20% of the data rows are rejected: the whole file is quarantined.</summary>
    public bool ExpectQuarantine => DataRows > 0 && RejectedRows * 5 > DataRows;
}
