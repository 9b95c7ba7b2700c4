using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Satisfaction.Jobs.Web;

/// <summary>HTML text building with every value encoded; Chinese is kept as it is, so the page source stays readable.</summary>
public sealed class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _text = new();

    public static string Encode(string? value) => Encoder.Encode(value ?? string.Empty);

    /// <summary>Markup written as it is: only literals of this program, never values.</summary>
    public Html Raw(string markup)
    {
        _text.Append(markup);
        return this;
    }

    public Html Text(string? value)
    {
        _text.Append(Encode(value));
        return this;
    }

    /// <summary>An element with encoded text content.</summary>
    public Html Element(string tag, string? text, string? cssClass = null)
    {
        _text.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _text.Append(" class=\"").Append(Encode(cssClass)).Append('"');
        }

        _text.Append('>').Append(Encode(text)).Append("</").Append(tag).Append('>');
        return this;
    }

    public Html Link(string href, string text, bool download = false)
    {
        _text.Append("<a href=\"").Append(Encode(href)).Append('"').Append(download ? " download" : string.Empty).Append('>').Append(Encode(text)).Append("</a>");
        return this;
    }

    public override string ToString() => _text.ToString();
}
