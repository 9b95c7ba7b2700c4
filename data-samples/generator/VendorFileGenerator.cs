using System.Globalization;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Samples.Model;
using Satisfaction.Samples.Options;
using Satisfaction.Samples.Writing;

namespace Satisfaction.Samples;

/// <summary>
/// Writes realistic vendor files — mystery-shop results (暗访) and satisfaction surveys (满意度调研) — for the
/// outlets, periods and format of its options. Rows stream to CSV (a million in seconds); workbooks are built
/// in memory. The same seed gives the same files; ids keep counting across the files of one generator (or
/// of every generator sharing <see cref="GenerateOptions.Ids"/>).
/// </summary>
public sealed class VendorFileGenerator
{
    private readonly GenerateOptions _options;
    private readonly IReadOnlyList<Period> _periods;
    private readonly MysteryVisitFactory _visits;
    private readonly SurveyResponseFactory _responses;

    public VendorFileGenerator(GenerateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _periods = [.. options.Periods.Select(Period.Parse)];
        var quality = new QualityModel(options.Seed);
        _visits = new MysteryVisitFactory(options.Scheme, quality, new ShopperPool(options.Seed), options.Seed);
        _responses = new SurveyResponseFactory(options.Scheme, quality, options.Seed);
    }

    /// <summary>The file extension of the configured format, with its dot.</summary>
    public string Extension => TableWriterFactory.Extension(_options.Format);

    /// <summary>One mystery-shop file: every outlet's visits in every period.</summary>
    public GenerationReport WriteMysteryFile(string path) => Write(path, VendorFileKind.Mystery, _options.Outlets, _periods);

    /// <summary>One survey file: every outlet's respondents in every period.</summary>
    public GenerationReport WriteSurveyFile(string path) => Write(path, VendorFileKind.Survey, _options.Outlets, _periods);

    /// <summary>A set of mystery files in <paramref name="directory"/>, named <c>{prefix}-{city|period}.ext</c>.</summary>
    public IReadOnlyList<GenerationReport> WriteMysteryFiles(string directory, string prefix, FileSplit split) =>
        WriteSet(directory, prefix, split, VendorFileKind.Mystery);

    /// <summary>A set of survey files in <paramref name="directory"/>, named <c>{prefix}-{city|period}.ext</c>.</summary>
    public IReadOnlyList<GenerationReport> WriteSurveyFiles(string directory, string prefix, FileSplit split) =>
        WriteSet(directory, prefix, split, VendorFileKind.Survey);

    private List<GenerationReport> WriteSet(string directory, string prefix, FileSplit split, VendorFileKind kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        Directory.CreateDirectory(directory);
        string FileName(string part) => Path.Combine(directory, prefix + (part.Length > 0 ? "-" + part : string.Empty) + Extension);
        return split switch
        {
            FileSplit.ByCity => [.. _options.Outlets.GroupBy(o => o.City)
                .Select(g => Write(FileName(g.Key), kind, [.. g], _periods))],
            FileSplit.ByPeriod => [.. _periods.Select(p => Write(FileName(p.Name), kind, _options.Outlets, [p]))],
            _ => [Write(FileName(string.Empty), kind, _options.Outlets, _periods)],
        };
    }

    private GenerationReport Write(string path, VendorFileKind kind, IReadOnlyList<Outlet> outlets, IReadOnlyList<Period> periods)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var records = periods.SelectMany(period => outlets.SelectMany(outlet => kind == VendorFileKind.Mystery
            ? _visits.Visits(outlet, period, _options.VisitsPerOutlet, _options.Ids)
            : _responses.Responses(outlet, period, _options.ResponsesPerOutlet, _options.Ids)));
        var names = periods.Select(p => p.Name).ToList();
        var messKey = string.Join(",", names) + "|" + outlets[0].Code + "|" + outlets.Count.ToString(CultureInfo.InvariantCulture);
        return new FileAssembler(_options, kind).Write(path, records, names, messKey);
    }
}
