using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Samples.Options;

/// <summary>What to generate and how to write it. Call <see cref="Validate"/> (the generator does).</summary>
public sealed record GenerateOptions
{
    /// <summary>The outlets that get visits and respondents (a subset of the master is fine).</summary>
    public required IReadOnlyList<Outlet> Outlets { get; init; }

    public required ScoringScheme Scheme { get; init; }

    /// <summary>Periods such as <c>2026Q3</c> or months such as <c>2026-07</c>.</summary>
    public required IReadOnlyList<string> Periods { get; init; }

    /// <summary>Mystery-shop visits per outlet and period. Default 2.</summary>
    public int VisitsPerOutlet { get; init; } = 2;

    /// <summary>Survey respondents per outlet and period. Default 30.</summary>
    public int ResponsesPerOutlet { get; init; } = 30;

    /// <summary>Everything generated follows from the seed; latent qualities depend only on it and the outlet.</summary>
    public int Seed { get; init; } = 20260705;

    public FileFormat Format { get; init; } = FileFormat.CsvUtf8Bom;

    /// <summary>The delimiter of CSV formats; null means tab for <see cref="FileFormat.CsvUtf16"/>, else comma.</summary>
    public char? Delimiter { get; init; }

    public HeaderStyle Header { get; init; } = HeaderStyle.Codes;

    /// <summary>
    /// Every mess the contract allows (spellings, date forms, outlets by name, full-width codes, title,
    /// blank, total and note rows, an unknown 联系电话 column) and a fraction of bad rows.
    /// </summary>
    public bool Messy { get; init; }

    /// <summary>With <see cref="Messy"/>: the chance that a data row is made bad. Default 0.05.</summary>
    public double BadRowFraction { get; init; } = 0.05;

    /// <summary>A title row above the header (always on when <see cref="Messy"/>).</summary>
    public bool TitleRow { get; init; }

    /// <summary>Xlsx only: a hidden first sheet (an old draft with its own header) before the data sheet.</summary>
    public bool HiddenFirstSheet { get; init; }

    /// <summary>Hands out visit and respondent ids; share one across generators to keep a file set's ids unique.</summary>
    public IdAllocator Ids { get; init; } = new();

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Outlets);
        ArgumentNullException.ThrowIfNull(Scheme);
        ArgumentNullException.ThrowIfNull(Periods);
        ArgumentNullException.ThrowIfNull(Ids);
        if (Outlets.Count == 0)
        {
            throw new ArgumentException("At least one outlet is needed.", nameof(Outlets));
        }

        if (Periods.Count == 0)
        {
            throw new ArgumentException("At least one period is needed, e.g. 2026Q3.", nameof(Periods));
        }

        foreach (var period in Periods)
        {
            _ = Period.Parse(period);
        }

        if (VisitsPerOutlet < 0 || ResponsesPerOutlet < 0)
        {
            throw new ArgumentException("Visits and responses per outlet cannot be negative.", nameof(VisitsPerOutlet));
        }

        if (BadRowFraction is < 0 or > 1 || double.IsNaN(BadRowFraction))
        {
            throw new ArgumentException($"BadRowFraction must be within 0…1, not {BadRowFraction}.", nameof(BadRowFraction));
        }

        if (Delimiter is { } d && d is not (',' or '\t' or ';'))
        {
            throw new ArgumentException("The contract accepts comma, tab or semicolon delimiters only.", nameof(Delimiter));
        }

        if (HiddenFirstSheet && Format != FileFormat.Xlsx)
        {
            throw new ArgumentException("A hidden first sheet needs the Xlsx format.", nameof(HiddenFirstSheet));
        }
    }

    internal char EffectiveDelimiter => Delimiter ?? (Format == FileFormat.CsvUtf16 ? '\t' : ',');

    internal bool WritesTitle => TitleRow || Messy;
}
