namespace Satisfaction.Analysis.Quality;

/// <summary>An outlet's two measures in one period: mystery score and satisfaction index (null where it has none).</summary>
public sealed record OutletPair(string City, double? MysteryScore, double? SatisfactionIndex);
