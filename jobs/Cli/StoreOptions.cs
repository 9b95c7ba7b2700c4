using System.CommandLine;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs.Cli;

/// <summary>
/// <c>--store sqlite|postgres</c> and <c>--connection</c>, on every command that touches state (run, rerun,
/// status, serve); over <c>SATISFACTION_Store</c> / <c>SATISFACTION_Connection</c> and appsettings.json.
/// </summary>
public sealed class StoreOptions
{
    private readonly Option<string> _store = new("--store")
    {
        Description = "存储：sqlite（默认，数据目录中）或 postgres / the store: sqlite (default, in the data folder) or postgres",
    };

    private readonly Option<string> _connection = new("--connection")
    {
        Description = "PostgreSQL 连接串 / the PostgreSQL connection string: \"Host=…;Port=5432;Database=…;Username=…;Password=…\"",
    };

    public StoreOptions() => _store.AcceptOnlyFromAmong("sqlite", "postgres");

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_store);
        command.Options.Add(_connection);
    }

    public ProductSettings Apply(ParseResult result, ProductSettings settings)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(settings);
        return settings with
        {
            Store = result.GetValue(_store) ?? settings.Store,
            Connection = result.GetValue(_connection) ?? settings.Connection,
        };
    }
}
