namespace Satisfaction.Ingest.Values;

/// <summary>A described failure in both languages, with an optional hint on how to fix it.</summary>
public sealed record Problem(string Chinese, string English, string? Hint = null)
{
    /// <summary>Both languages on one line, as ledger reasons and report notes show a problem.</summary>
    public string Bilingual => $"{Chinese} / {English}";
}
