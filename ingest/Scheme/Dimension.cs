namespace Satisfaction.Ingest.Scheme;

/// <summary>A service dimension (维度) of the mystery-shop checklist, e.g. etiquette / 服务亲和.</summary>
public sealed record Dimension(string Key, string Name, double Weight);
