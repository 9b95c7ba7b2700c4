using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Mystery;

/// <summary>What a city or province collects while the aggregator walks the visits.</summary>
internal sealed class AreaAccumulator(string province, string? city, ScoringLayout layout)
{
    private readonly MeanTally _visits = new(layout.DimensionCount);
    private readonly ItemTally _items = new(layout.Items);
    private readonly List<VisitScore> _visitScores = [];
    private readonly List<OutletAccumulator> _outlets = [];
    private int _vetoed;

    public void AddOutlet(OutletAccumulator outlet) => _outlets.Add(outlet);

    public void AddVisit(VisitScore visit, ReadOnlySpan<double> earned)
    {
        _visits.Add(visit.Score, visit.Dimensions);
        _items.Add(earned);
        _visitScores.Add(visit);
        _vetoed += visit.Vetoed ? 1 : 0;
    }

    /// <summary>The aggregate, given this scope's finished outlets (in code order).</summary>
    public AreaAggregate Finish(IReadOnlyDictionary<OutletAccumulator, OutletAggregate> finished)
    {
        var outlets = _outlets.Select(o => finished[o]).OrderBy(o => o.Outlet.Code, StringComparer.Ordinal).ToArray();
        double score;
        double?[] dimensions;
        if (layout.Scheme.Aggregation == Aggregation.Visit)
        {
            score = _visits.Mean;
            dimensions = _visits.DimensionMeans();
        }
        else
        {
            var byOutlet = new MeanTally(layout.DimensionCount);
            foreach (var outlet in outlets)
            {
                byOutlet.Add(outlet.Score, outlet.Dimensions);
            }

            score = byOutlet.Mean;
            dimensions = byOutlet.DimensionMeans();
        }

        return new AreaAggregate(province, city, score, dimensions, outlets, _visitScores, _vetoed, _items.ToStats());
    }
}
