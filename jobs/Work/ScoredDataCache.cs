using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Ingest.Store;
using Satisfaction.Jobs.Cli;
using Satisfaction.Jobs.Reporting;

namespace Satisfaction.Jobs.Work;

/// <summary>
/// What the workbook jobs of a rebuild share instead of each reading the store: where the stored rows fall
/// (<see cref="StoredScopes"/>, for planning), and the scored slices of the last few province-periods (a province's
/// workbook and its cities' read the same one). A province-period is loaded as a slice of the store — the
/// province's rows of the periods its workbooks show — through one <see cref="ProvinceWindow"/> per province
/// that slides as the jobs move on, so the host holds a few provinces' periods, not the store. Everything is
/// dropped when the ledger (its size and newest file), the scheme or the master changes: rows change only when a
/// file is loaded, and every load adds a ledger entry.
/// </summary>
public sealed class ScoredDataCache
{
    // Scored province-periods kept, and province windows: enough for every worker to be on a different one.
    private const int KeptSlices = 4;
    private const int KeptWindows = 2;

    private readonly Lock _gate = new();
    private readonly LinkedList<(string Province, Period Period, ScoredData Data)> _slices = new();
    private readonly LinkedList<ProvinceWindow> _windows = new();
    private (int Files, long NewestFile, ProductInputs Inputs, StoredScopes Scopes)? _version;

    /// <summary>Where the stored rows fall, read once per change of the store or inputs.</summary>
    public StoredScopes Scopes(IIngestStore store, ProductInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(inputs);
        lock (_gate)
        {
            return Current(store, inputs);
        }
    }

    /// <summary>The scored periods a workbook of the province and period reads, and the report builder they share.</summary>
    public ScoredData Get(IIngestStore store, ProductInputs inputs, string province, Period period)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(province);

        // One loader at a time: two jobs starting together wait for one load rather than doing two.
        lock (_gate)
        {
            var scopes = Current(store, inputs);
            for (var node = _slices.First; node is not null; node = node.Next)
            {
                if (node.Value.Province == province && node.Value.Period == period)
                {
                    _slices.Remove(node);
                    _slices.AddFirst(node);
                    return node.Value.Data;
                }
            }

            var periods = Window(inputs, scopes, province).At(store, period);
            var data = new ScoredData(periods, new ReportBuilder(periods, inputs.SchemePath));
            _slices.AddFirst((province, period, data));
            while (_slices.Count > KeptSlices)
            {
                _slices.RemoveLast();
            }

            return data;
        }
    }

    private StoredScopes Current(IIngestStore store, ProductInputs inputs)
    {
        var (latest, files) = store.LedgerNewestFirst(0, 1);
        var newest = latest.Count == 0 ? 0 : latest[0].Id;

        // The inputs by reference: InputsSource hands out a new object whenever either file changed.
        if (_version is { } version && version.Files == files && version.NewestFile == newest && ReferenceEquals(version.Inputs, inputs))
        {
            return version.Scopes;
        }

        _slices.Clear();
        _windows.Clear();
        var scopes = StoredScopes.Read(store, inputs.Outlets, inputs.Scheme.Period);
        _version = (files, newest, inputs, scopes);
        return scopes;
    }

    private ProvinceWindow Window(ProductInputs inputs, StoredScopes scopes, string province)
    {
        var window = _windows.FirstOrDefault(w => w.Province == province);
        if (window is not null)
        {
            _windows.Remove(window);
        }

        _windows.AddFirst(window ?? new ProvinceWindow(inputs, scopes, province));
        while (_windows.Count > KeptWindows)
        {
            _windows.RemoveLast();
        }

        return _windows.First!.Value;
    }
}

/// <summary>The scored rows and the one report builder every workbook job of them shares (it caches each province's satisfaction).</summary>
public sealed record ScoredData(ScoredPeriods Periods, ReportBuilder Builder);
