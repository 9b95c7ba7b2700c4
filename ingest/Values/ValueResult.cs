namespace Satisfaction.Ingest.Values;

/// <summary>A value read from a cell, or why it could not be (expected bad input is data, not an exception).</summary>
public readonly record struct ValueResult<T>(bool Ok, T Value, Problem? Problem)
{
    public static ValueResult<T> Success(T value) => new(true, value, null);

    public static ValueResult<T> Failure(Problem problem) => new(false, default!, problem);
}
