using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Store;

namespace Satisfaction.Analysis.Input;

/// <summary>
/// Reads the current rows from the store and resolves each outlet code against today's master. A row
/// whose outlet has since left the master cannot be placed in a city: it is left out and its code listed,
/// never silently dropped.
/// </summary>
public static class AnalysisDataLoader
{
    public static AnalysisData Load(IIngestStore store, ScoringScheme scheme, OutletMaster outlets)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(outlets);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var visits = new List<VisitRecord>();
        foreach (var r in store.Current(FileKind.MysteryShop))
        {
            if (Find(outlets, r.OutletCode, missing) is { } outlet)
            {
                visits.Add(new VisitRecord(r.Id, outlet, r.Date, r.ShopperId, r.Comment, r.Answers) { FileId = r.FileId });
            }
        }

        var responses = new List<ResponseRecord>();
        foreach (var r in store.Current(FileKind.Survey))
        {
            if (Find(outlets, r.OutletCode, missing) is { } outlet)
            {
                responses.Add(new ResponseRecord(r.Id, outlet, r.Date, r.Answers) { FileId = r.FileId });
            }
        }

        return new AnalysisData(scheme, outlets, visits, responses, store.Ledger(), [.. missing]);
    }

    private static Outlet? Find(OutletMaster outlets, string code, SortedSet<string> missing)
    {
        var outlet = outlets.FindByCode(code);
        if (outlet is null)
        {
            missing.Add(code);
        }

        return outlet;
    }
}
