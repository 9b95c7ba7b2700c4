using System.CommandLine;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs.Cli;

/// <summary>
/// The options of a command that takes the inbox (run, serve): the folders, the scheme and master, the store, and
/// how long a file must hold still; added to the command together and applied over the settings together.
/// </summary>
public sealed class PassOptions
{
    private readonly Option<string> _inbox = SharedOptions.Inbox();
    private readonly Option<string> _out = SharedOptions.Out();
    private readonly Option<string> _data = SharedOptions.Data();
    private readonly Option<string> _outlets = SharedOptions.Outlets();
    private readonly Option<string> _scheme = SharedOptions.Scheme();
    private readonly StoreOptions _store = new();
    private readonly Option<double?> _stable = new("--stable-seconds")
    {
        Description = "文件须静止的秒数 / seconds a file must stay unchanged before it is taken (default 3)",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { _inbox, _out, _data, _outlets, _scheme, _stable })
        {
            command.Options.Add(option);
        }

        _store.AddTo(command);
    }

    /// <summary>The settings with what the command line gave.</summary>
    public ProductSettings Apply(ParseResult result, ProductSettings settings)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(settings);
        return _store.Apply(result, settings) with
        {
            Inbox = result.GetValue(_inbox) ?? settings.Inbox,
            Out = result.GetValue(_out) ?? settings.Out,
            Data = result.GetValue(_data) ?? settings.Data,
            Outlets = result.GetValue(_outlets) ?? settings.Outlets,
            Scheme = result.GetValue(_scheme) ?? settings.Scheme,
            StableSeconds = result.GetValue(_stable) ?? settings.StableSeconds,
        };
    }
}
