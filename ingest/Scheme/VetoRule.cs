using System.Globalization;

namespace Satisfaction.Ingest.Scheme;

/// <summary>What a failed veto item does to a visit score (SCORING.md 1.4).</summary>
public enum VetoMode
{
    Zero,
    Cap,
    Deduct,
}

/// <summary>The veto mode and its amount: <c>zero</c>, <c>cap N</c> or <c>deduct N</c>.</summary>
public sealed record VetoRule(VetoMode Mode, double Amount)
{
    public static VetoRule Zero { get; } = new(VetoMode.Zero, 0);

    public double Apply(double score) => Mode switch
    {
        VetoMode.Zero => 0,
        VetoMode.Cap => Math.Min(score, Amount),
        VetoMode.Deduct => Math.Max(0, score - Amount),
        _ => throw new InvalidOperationException($"Unknown veto mode {Mode}."),
    };

    public override string ToString() => Mode switch
    {
        VetoMode.Zero => "zero",
        VetoMode.Cap => string.Create(CultureInfo.InvariantCulture, $"cap {Amount}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"deduct {Amount}"),
    };
}
