namespace Satisfaction.Jobs.Tests.Host;

/// <summary>Polls a condition the host makes true in its own time, failing with a description if it never does.</summary>
public static class Eventually
{
    public static void True(Func<bool> condition, TimeSpan within, Func<string> describe)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(describe);
        var deadline = DateTime.UtcNow + within;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"not so within {within.TotalSeconds:0} s: {describe()}");
            }

            Thread.Sleep(200);
        }
    }

    /// <summary>Polls until <paramref name="value"/> gives a value, and returns it.</summary>
    public static T Value<T>(Func<T?> value, TimeSpan within, Func<string> describe)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(value);
        T? found = null;
        True(() => (found = value()) is not null, within, describe);
        return found!.Value;
    }
}
