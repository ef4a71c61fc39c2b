using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace CleanSpotify.Infrastructure.Persistence.Sqlite;

/// <summary>
/// SQLite writes ahead (<c>journal_mode=WAL</c>: readers no longer wait for a writer, and a commit appends to the log
/// instead of rewriting pages), set once on the file by <see cref="DatabaseMigrator"/>, and every connection the site
/// opens syncs at checkpoints rather than at every commit (<c>synchronous=NORMAL</c>, a per-connection setting:
/// durable across a crash of the process; a power loss can lose the last commits, never corrupt the file). Pages, the
/// collector and the importer write small transactions all the time; with the default rollback journal each one
/// waited for its own fsyncs and blocked every reader meanwhile (issue 15's cold pages). ADR 0027. The setting lasts
/// as long as the native connection, which the pool keeps across opens, so it is sent once per native connection.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    /// <summary>Persistent in the database file: run once, at start.</summary>
    public const string WriteAhead = "PRAGMA journal_mode=WAL;";

    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public static readonly SqliteConnectionSettings Instance = new();

    private static readonly ConditionalWeakTable<sqlite3, object> Set = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (IsSet(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkSet(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (IsSet(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkSet(connection);
    }

    private static bool IsSet(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } native } && Set.TryGetValue(native, out _);

    private static void MarkSet(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } native })
        {
            Set.TryAdd(native, Set);
        }
    }
}
