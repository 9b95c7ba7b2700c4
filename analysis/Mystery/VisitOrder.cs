using Satisfaction.Analysis.Input;

namespace Satisfaction.Analysis.Mystery;

/// <summary>
/// Puts visits in date-then-id order (ordinal), the order of every visit table and of the aggregation
/// (so sums do not depend on input order). Dates are sorted as integer keys first, then each day by id,
/// which is several times cheaper than one comparison sort over both; ordered input is left as it is.
/// </summary>
internal static class VisitOrder
{
    public static VisitRecord[] Sorted(IEnumerable<VisitRecord> visits)
    {
        var ordered = visits.ToArray();
        if (IsOrdered(ordered))
        {
            return ordered;
        }

        var days = new int[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            days[i] = ordered[i].Date.DayNumber;
        }

        Array.Sort(days, ordered);
        for (int start = 0, end; start < ordered.Length; start = end)
        {
            for (end = start + 1; end < ordered.Length && days[end] == days[start]; end++)
            {
            }

            if (end - start > 1)
            {
                Array.Sort(ordered, start, end - start, ById.Instance);
            }
        }

        return ordered;
    }

    private static bool IsOrdered(VisitRecord[] visits)
    {
        for (var i = 1; i < visits.Length; i++)
        {
            var (a, b) = (visits[i - 1], visits[i]);
            if (a.Date > b.Date || (a.Date == b.Date && string.CompareOrdinal(a.VisitId, b.VisitId) > 0))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class ById : IComparer<VisitRecord>
    {
        public static readonly ById Instance = new();

        public int Compare(VisitRecord? x, VisitRecord? y) => string.CompareOrdinal(x!.VisitId, y!.VisitId);
    }
}
