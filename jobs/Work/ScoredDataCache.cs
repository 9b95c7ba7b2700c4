using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Cli;

namespace Satisfaction.Jobs.Work;

/// <summary>
/// The stored rows loaded and scored once for all the workbook jobs of a rebuild, instead of once per
/// workbook. Kept while the ledger (its size and newest file), the scheme and the master are what they
/// were: rows change only when a file is loaded, and every load adds a ledger entry.
/// </summary>
public sealed class ScoredDataCache
{
    private readonly Lock _gate = new();
    private (int Files, long NewestFile, ProductInputs Inputs, ScoredData Data)? _cached;

    public ScoredData Get(IIngestStore store, ProductInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(inputs);
        var (latest, files) = store.LedgerNewestFirst(0, 1);
        var newest = latest.Count == 0 ? 0 : latest[0].Id;

        // One loader at a time: two jobs starting together wait for one load rather than doing two.
        lock (_gate)
        {
            // The inputs by reference: InputsSource hands out a new object whenever either file changed.
            if (_cached is { } cached && cached.Files == files && cached.NewestFile == newest && ReferenceEquals(cached.Inputs, inputs))
            {
                return cached.Data;
            }

            var periods = new ScoredPeriods(AnalysisDataLoader.Load(store, inputs.Scheme, inputs.Outlets));
            var data = new ScoredData(periods, new ReportBuilder(periods, inputs.SchemePath));
            _cached = (files, newest, inputs, data);
            return data;
        }
    }
}

/// <summary>The scored rows and the one report builder every workbook job of them shares (it caches each province's satisfaction).</summary>
public sealed record ScoredData(ScoredPeriods Periods, ReportBuilder Builder);
