using System.Text;
using Satisfaction.Samples.Options;

namespace Satisfaction.Samples.Writing;

internal static class TableWriterFactory
{
    public static ITableWriter Create(string path, GenerateOptions options, string sheetName) => options.Format switch
    {
        FileFormat.Xlsx => new XlsxTableWriter(path, sheetName),
        _ => new CsvTableWriter(path, EncodingOf(options.Format), options.EffectiveDelimiter),
    };

    public static string Extension(FileFormat format) => format == FileFormat.Xlsx ? ".xlsx" : ".csv";

    private static Encoding EncodingOf(FileFormat format)
    {
        switch (format)
        {
            case FileFormat.CsvUtf8:
                return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            case FileFormat.CsvUtf8Bom:
                return new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
            case FileFormat.CsvUtf16:
                return new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
            case FileFormat.CsvGb18030:
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                return Encoding.GetEncoding("GB18030");
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a CSV format.");
        }
    }
}
