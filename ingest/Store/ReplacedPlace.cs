namespace Satisfaction.Ingest.Store;

/// <summary>Where a replaced row was — its date and outlet — so that the workbooks it left are rewritten too.</summary>
public readonly record struct ReplacedPlace(DateOnly Date, string OutletCode);
