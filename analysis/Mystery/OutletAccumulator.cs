using Satisfaction.Ingest.Outlets;

namespace Satisfaction.Analysis.Mystery;

/// <summary>What an outlet collects while the aggregator walks the visits; knows its city and province.</summary>
internal sealed class OutletAccumulator(Outlet outlet, AreaAccumulator city, AreaAccumulator province, int dimensions)
{
    private readonly MeanTally _visits = new(dimensions);
    private int _vetoed;

    public AreaAccumulator City => city;

    public AreaAccumulator Province => province;

    public void Add(VisitScore visit)
    {
        _visits.Add(visit.Score, visit.Dimensions);
        _vetoed += visit.Vetoed ? 1 : 0;
    }

    public OutletAggregate Finish(int minVisits)
    {
        var score = _visits.Mean;
        return new OutletAggregate(outlet, score, _visits.DimensionMeans(), _visits.Count, _vetoed, Grades.Of(score), _visits.Count < minVisits);
    }
}
