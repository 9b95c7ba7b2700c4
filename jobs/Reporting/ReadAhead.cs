namespace Satisfaction.Jobs.Reporting;

/// <summary>
/// Prepares a list's items one ahead: while the caller works on an item (a province-period's workbooks, written on
/// every core), the next one is prepared on a background task (its slice loaded from the store and scored, mostly
/// on one thread), so the cores do not wait for each other. One ahead and no more, so memory holds at most two
/// prepared items. Items are prepared in order, one at a time, so what prepares them need not be thread-safe,
/// only usable from one thread after another. A failure in preparing is thrown where its item is taken, as it was.
/// </summary>
internal static class ReadAhead
{
    public static IEnumerable<TPrepared> Of<TItem, TPrepared>(IReadOnlyList<TItem> items, Func<TItem, TPrepared> prepare)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(prepare);
        if (items.Count == 0)
        {
            yield break;
        }

        var next = prepare(items[0]);
        Task<TPrepared>? pending = null;
        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                var current = next;
                if (i + 1 < items.Count)
                {
                    var item = items[i + 1];
                    pending = Task.Run(() => prepare(item));
                }

                yield return current;
                if (pending is not null)
                {
                    next = pending.GetAwaiter().GetResult();
                    pending = null;
                }
            }
        }
        finally
        {
            // The caller stopped early (a failure in writing): the item being prepared may still be reading the store
            // the caller is about to dispose, so wait for it (WaitAny: its own failure, if any, is not the one to report).
            if (pending is not null)
            {
                Task.WaitAny(pending);
            }
        }
    }
}
