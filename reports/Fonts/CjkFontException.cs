namespace Satisfaction.Reports.Fonts;

/// <summary>No installed font can draw the Chinese text of a picture; the message says which characters and how to install one.</summary>
public sealed class CjkFontException : Exception
{
    public CjkFontException()
    {
    }

    public CjkFontException(string message)
        : base(message)
    {
    }

    public CjkFontException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
