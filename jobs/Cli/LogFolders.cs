using System.CommandLine;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs.Cli;

/// <summary>The data folder a command works in, from its parsed options: where its failures are logged.</summary>
public static class LogFolders
{
    public static string DataFolderOf(ParseResult parse, ProductSettings settings)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(settings);
        var options = parse.CommandResult.Command.Options.OfType<Option<string>>().ToList();
        if (options.FirstOrDefault(o => o.Name == SharedOptions.DataName) is { } data)
        {
            return parse.GetValue(data) ?? settings.Data;
        }

        if (options.FirstOrDefault(o => o.Name == DemoCommand.FolderName) is { } demo)
        {
            return DemoCommand.DataFolder(parse.GetValue(demo));
        }

        return settings.Data;
    }
}
