namespace Satisfaction.Samples.Model;

/// <summary>
/// Random streams keyed by names (seed, outlet code, period …) rather than by generation order, so that an
/// outlet has the same latent quality and the same visits whichever subset of outlets a file holds.
/// </summary>
internal static class Seeds
{
    public static Random For(int seed, params ReadOnlySpan<string> keys) => new(Hash(seed, keys));

    public static int Hash(int seed, params ReadOnlySpan<string> keys)
    {
        // FNV-1a, 64-bit: stable across processes (string.GetHashCode is randomised per process).
        var h = 14695981039346656037UL ^ (ulong)(uint)seed;
        foreach (var key in keys)
        {
            foreach (var c in key)
            {
                h = (h ^ c) * 1099511628211UL;
            }

            h = (h ^ 0x1F) * 1099511628211UL;
        }

        return (int)(h ^ (h >> 32)) & int.MaxValue;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double NextGaussian(this Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static bool Chance(this Random random, double p) => random.NextDouble() < p;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
}
