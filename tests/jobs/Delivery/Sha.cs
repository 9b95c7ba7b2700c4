using System.Security.Cryptography;
using MimeKit;

namespace Satisfaction.Jobs.Tests.Delivery;

/// <summary>SHA-256 of files and of attachments, as lower-case hex.</summary>
public static class Sha
{
    public static string Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string OfFile(string path) => Of(File.ReadAllBytes(path));

    public static byte[] Attachment(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var part = message.Attachments.OfType<MimePart>().Single();
        using var bytes = new MemoryStream();
        part.Content!.DecodeTo(bytes);
        return bytes.ToArray();
    }

    public static string AttachmentName(MimeMessage message) => message.Attachments.OfType<MimePart>().Single().FileName ?? string.Empty;
}
