namespace Satisfaction.Jobs.Delivery;

/// <summary>How a workbook reaches an office; each channel is its own delivery, retried on its own.</summary>
public enum DeliveryChannel
{
    /// <summary>Copied into the office's folder.</summary>
    Folder,

    /// <summary>E-mailed as an attachment.</summary>
    Mail,
}

/// <summary>The channel's name in the record and the JSON (<c>folder</c>, <c>mail</c>) and on the page.</summary>
public static class DeliveryChannelNames
{
    public static string Stored(this DeliveryChannel channel) => channel == DeliveryChannel.Folder ? "folder" : "mail";

    public static string Chinese(this DeliveryChannel channel) => channel == DeliveryChannel.Folder ? "目录" : "邮件";

    public static DeliveryChannel FromStored(string text) => text == "mail" ? DeliveryChannel.Mail : DeliveryChannel.Folder;
}
