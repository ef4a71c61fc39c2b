using Microsoft.Data.Sqlite;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>Reads the site's SQLite file behind its back, to see what is really stored.</summary>
public static class TestDatabase
{
    /// <summary>The app user id of the account registered with <paramref name="email"/>.</summary>
    public static async Task<string> UserIdAsync(CleanSpotifyWebApplicationFactory factory, string email)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var id = await ScalarAsync(factory, "SELECT Id FROM AspNetUsers WHERE NormalizedEmail = $email", ("$email", email.ToUpperInvariant()));
        return id as string ?? throw new InvalidOperationException($"No user {email} in the database.");
    }

    /// <summary>How many rows of <paramref name="table"/> belong to the user.</summary>
    public static async Task<long> CountForUserAsync(CleanSpotifyWebApplicationFactory factory, string table, string appUserId) =>
        (long)(await ScalarAsync(factory, $"SELECT COUNT(*) FROM {table} WHERE AppUserId = $user", ("$user", appUserId)))!;

    public static async Task<object?> ScalarAsync(CleanSpotifyWebApplicationFactory factory, string sql, params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = factory.DatabasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test-only SQL built from constants; values go in parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync(ct);
    }
}
