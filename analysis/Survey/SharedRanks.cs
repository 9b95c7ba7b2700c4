namespace Satisfaction.Analysis.Survey;

/// <summary>
/// Descending ranks on values rounded to 2 decimals; equal values share the best rank and the next is skipped
/// (1, 2, 2, 4). A null value gets no rank and takes no place.
/// </summary>
internal static class SharedRanks
{
    public static int?[] Of(IReadOnlyList<double?> values)
    {
        var order = new List<(double Value, int At)>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } v)
            {
                order.Add((Math.Round(v, 2, MidpointRounding.AwayFromZero), i));
            }
        }

        order.Sort((a, b) => b.Value.CompareTo(a.Value));
        var ranks = new int?[values.Count];
        for (var place = 0; place < order.Count; place++)
        {
            var shared = place > 0 && order[place].Value == order[place - 1].Value;
            ranks[order[place].At] = shared ? ranks[order[place - 1].At] : place + 1;
        }

        return ranks;
    }
}
