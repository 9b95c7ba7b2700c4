using System.Text;

namespace Satisfaction.Ingest.Reading;

/// <summary>Registers the Windows code pages (GB18030, and what .xls files name) once per process.</summary>
internal static class CodePages
{
    private static readonly Lazy<Encoding> Gb18030Encoding = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    public static Encoding Gb18030 => Gb18030Encoding.Value;

    public static void EnsureRegistered() => _ = Gb18030Encoding.Value;
}
