namespace Satisfaction.Ingest.Outlets;

/// <summary>An outlet (营业厅) of the master. Codes are text: "007" is not "7".</summary>
public sealed record Outlet(string Province, string City, string Code, string Name, IReadOnlyList<string> Aliases, string? Level);
