namespace Satisfaction.Analysis.Quality;

/// <summary>A scored mystery-shop visit, as much as the shopper check needs: who, where, when, what score (0–100).</summary>
public sealed record ShopperVisit(string? ShopperId, string OutletCode, string Period, double Score);
