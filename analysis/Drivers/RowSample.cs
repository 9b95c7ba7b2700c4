namespace Satisfaction.Analysis.Drivers;

/// <summary>A deterministic sample of row indices: all rows up to the cap, else a seeded draw, in ascending order.</summary>
internal static class RowSample
{
    public static int[] Indices(int rows, int max, int seed)
    {
        if (rows <= max)
        {
            return [.. Enumerable.Range(0, rows)];
        }

        // Partial Fisher–Yates: the first max slots end up a uniform draw without replacement.
#pragma warning disable CA5394 // Sampling for a statistic, not security; the seed makes it repeatable.
        var random = new Random(seed);
        var all = Enumerable.Range(0, rows).ToArray();
        for (var i = 0; i < max; i++)
        {
            var j = random.Next(i, rows);
            (all[i], all[j]) = (all[j], all[i]);
        }
#pragma warning restore CA5394

        var sample = all[..max];
        Array.Sort(sample);
        return sample;
    }
}
