using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

namespace Satisfaction.Ingest.Store.Postgres;

/// <summary>
/// The connection string as the product uses it, and what a failed connection means in words. Unless the
/// string says otherwise: 5 s to connect (an unreachable server is reported well within 10 s), 600 s per
/// statement, the tables
/// in the schema <c>satisfaction</c> (Hangfire keeps its own, <c>hangfire</c>), the application name shown
/// in <c>pg_stat_activity</c>.
/// </summary>
public static class PostgresConnection
{
    public const string DefaultSchema = "satisfaction";
    private static readonly string[] TimeoutKeys = ["Timeout", "Connect Timeout", "Connection Timeout"];
    private static readonly string[] CommandTimeoutKeys = ["Command Timeout", "CommandTimeout"];
    private static readonly string[] SearchPathKeys = ["Search Path", "SearchPath"];
    private static readonly string[] ApplicationNameKeys = ["Application Name", "ApplicationName"];

    public static NpgsqlConnectionStringBuilder Builder(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!TimeoutKeys.Any(given.ContainsKey))
        {
            builder.Timeout = 5;
        }

        // A load's statements (the end of a COPY of a million rows, replacing earlier rows) and its waits for a
        // file another pass is loading may take longer than Npgsql's 30 s on a busy server; a connection
        // that is lost still fails at once.
        if (!CommandTimeoutKeys.Any(given.ContainsKey))
        {
            builder.CommandTimeout = 600;
        }

        if (!SearchPathKeys.Any(given.ContainsKey))
        {
            builder.SearchPath = DefaultSchema;
        }

        if (!ApplicationNameKeys.Any(given.ContainsKey))
        {
            builder.ApplicationName = "satisfaction";
        }

        return builder;
    }

    /// <summary>The schema the store's tables live in: the first of the search path.</summary>
    public static string Schema(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return (builder.SearchPath ?? DefaultSchema).Split(',')[0].Trim().Trim('"');
    }

    /// <summary>Why the string cannot be used (an unknown keyword, a bad value, no host), or null.</summary>
    public static string? Problem(string connectionString)
    {
        try
        {
            var builder = Builder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host) ? "the connection string names no Host" : null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    /// <summary>Where the store is, for messages: host:port, database and user, never the password.</summary>
    public static string Describe(string connectionString)
    {
        try
        {
            return Describe(Builder(connectionString));
        }
        catch (ArgumentException)
        {
            return "PostgreSQL (an invalid connection string)";
        }
    }

    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return $"PostgreSQL {builder.Host}:{builder.Port}, database {builder.Database ?? builder.Username}, user {builder.Username}";
    }

    /// <summary>A failed connection put in words: where, what the server said, and what to fix.</summary>
    public static StoreUnavailableException Unavailable(NpgsqlConnectionStringBuilder builder, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(failure);
        var where = $"{builder.Host}:{builder.Port}";
        var database = builder.Database ?? builder.Username;
        var (what, fix) = failure switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } e =>
                ($"the server refused user '{builder.Username}': {e.MessageText}",
                 "check Username and Password in --connection (or SATISFACTION_Connection), and pg_hba.conf on the server"),
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } e =>
                ($"the database '{database}' does not exist: {e.MessageText}",
                 $"create it (createdb -h {builder.Host} -p {builder.Port} -U {builder.Username} {database}, or CREATE DATABASE \"{database}\") or correct Database in --connection"),
            PostgresException e =>
                ($"the server said: {e.MessageText} ({e.SqlState})", "check the connection string and the server's log"),
            _ when failure is TimeoutException || failure.InnerException is TimeoutException =>
                ($"no answer within {builder.Timeout} s", "check Host and Port, that PostgreSQL runs there and listens on that address (listen_addresses), and any firewall between"),
            _ when failure.InnerException is SocketException s =>
                ($"{s.Message}", "check Host and Port, that PostgreSQL runs there and listens on that address (listen_addresses), and any firewall between"),
            _ => (failure.Message, "check Host, Port, Database, Username and Password in --connection (or SATISFACTION_Connection)"),
        };
        return new StoreUnavailableException($"cannot connect to PostgreSQL at {where} (database {database}, user {builder.Username}): {what}", fix, failure);
    }
}
