using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Store;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Input;

/// <summary>
/// Reads the current rows from the store, resolves each outlet code against today's master, and checks
/// each answer against the scheme in force. A row whose outlet has since left the master cannot be placed
/// in a city; a row with an answer the scheme no longer allows cannot be scored as ingest would have. Either
/// is left out and listed, never silently dropped, and comes back when the master or scheme does.
/// </summary>
public static class AnalysisDataLoader
{
    public static AnalysisData Load(IIngestStore store, ScoringScheme scheme, OutletMaster outlets) =>
        Load(store, scheme, outlets, RecordSlice.All);

    /// <summary>
    /// The rows of a slice only (a province's outlets and the dates of some periods): what one province-period's
    /// workbooks need. <paramref name="ledger"/> spares reading the ledger again for each slice.
    /// </summary>
    public static AnalysisData Load(IIngestStore store, ScoringScheme scheme, OutletMaster outlets, RecordSlice slice, IReadOnlyList<LedgerEntry>? ledger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(outlets);
        ArgumentNullException.ThrowIfNull(slice);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var disallowed = new List<DisallowedAnswer>();
        var check = new StoredAnswerCheck(scheme);
        var visits = new List<VisitRecord>();
        foreach (var r in store.Current(FileKind.MysteryShop, slice))
        {
            if (Find(outlets, r.OutletCode, missing) is { } outlet && Allowed(r, outlet, check.Visit(r.Answers), disallowed))
            {
                visits.Add(new VisitRecord(r.Id, outlet, r.Date, r.ShopperId, r.Comment, r.Answers) { FileId = r.FileId });
            }
        }

        var responses = new List<ResponseRecord>();
        foreach (var r in store.Current(FileKind.Survey, slice))
        {
            if (Find(outlets, r.OutletCode, missing) is { } outlet && Allowed(r, outlet, check.Response(r.Answers), disallowed))
            {
                responses.Add(new ResponseRecord(r.Id, outlet, r.Date, r.Answers) { FileId = r.FileId });
            }
        }

        return new AnalysisData(scheme, outlets, visits, responses, ledger ?? store.Ledger(), [.. missing]) { Disallowed = disallowed };
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

    private static bool Allowed(StoredRecord row, Outlet outlet, IEnumerable<(string Code, Answer Answer, string Rule)> broken, List<DisallowedAnswer> disallowed)
    {
        var before = disallowed.Count;
        foreach (var (code, answer, rule) in broken)
        {
            disallowed.Add(new DisallowedAnswer(row.Kind, row.Id, outlet, row.Date, code, answer.ToStored() ?? string.Empty, rule) { FileId = row.FileId });
        }

        return disallowed.Count == before;
    }
}
