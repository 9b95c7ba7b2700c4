namespace Satisfaction.Analysis.Mystery;

/// <summary>Running sums for a score and its dimensions, each dimension counted only where it applies.</summary>
internal sealed class MeanTally(int dimensions)
{
    private readonly double[] _dimensionSums = new double[dimensions];
    private readonly int[] _dimensionCounts = new int[dimensions];
    private double _sum;

    public int Count { get; private set; }

    public void Add(double score, IReadOnlyList<double?> dimensionScores)
    {
        _sum += score;
        Count++;
        for (var d = 0; d < _dimensionSums.Length; d++)
        {
            if (dimensionScores[d] is { } s)
            {
                _dimensionSums[d] += s;
                _dimensionCounts[d]++;
            }
        }
    }

    public double Mean => Count == 0 ? double.NaN : _sum / Count;

    public double?[] DimensionMeans()
    {
        var means = new double?[_dimensionSums.Length];
        for (var d = 0; d < means.Length; d++)
        {
            means[d] = _dimensionCounts[d] == 0 ? null : _dimensionSums[d] / _dimensionCounts[d];
        }

        return means;
    }
}
