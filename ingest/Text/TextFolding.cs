namespace Satisfaction.Ingest.Text;

/// <summary>
/// Folds what Chinese Windows input methods produce into one canonical form
/// (DATA-CONTRACT.md 2.3): full-width ASCII (Ａ１, （）, ０-９) to half-width, the ideographic space to a space.
/// </summary>
public static class TextFolding
{
    /// <summary>Full-width folded and trimmed.</summary>
    public static string Fold(string text) => throw new NotImplementedException();

    /// <summary>Folded, every whitespace removed, upper-cased (invariant): the key for codes and outlet names.</summary>
    public static string Key(string text) => throw new NotImplementedException();
}
