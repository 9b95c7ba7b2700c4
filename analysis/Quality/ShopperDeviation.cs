namespace Satisfaction.Analysis.Quality;

/// <summary>
/// How a shopper scores against colleagues: over the shopper's <see cref="Visits"/> comparable visits (at
/// <see cref="Outlets"/> outlets), the mean of (visit score − mean score of other shoppers' visits at the same
/// outlet in the same period). Positive is lenient, negative strict.
/// </summary>
public sealed record ShopperDeviation(string ShopperId, int Visits, int Outlets, double MeanDeviation);
