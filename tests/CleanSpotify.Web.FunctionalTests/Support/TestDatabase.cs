namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>Reads the site's database behind its back, to see what is really stored.</summary>
public static class TestDatabase
{
    /// <summary>The app user id of the account registered with <paramref name="email"/>.</summary>
    public static async Task<string> UserIdAsync(CleanSpotifyWebApplicationFactory factory, string email)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var id = await factory.Store.ScalarAsync("SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = @email", ("@email", email.ToUpperInvariant()));
        return id as string ?? throw new InvalidOperationException($"No user {email} in the database.");
    }

    /// <summary>How many rows of <paramref name="table"/> belong to the user, once the site's queued snapshot writes are done.</summary>
    public static async Task<long> CountForUserAsync(CleanSpotifyWebApplicationFactory factory, string table, string appUserId)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await factory.SnapshotsWrittenAsync();
        return Convert.ToInt64(
            await factory.Store.ScalarAsync($"SELECT COUNT(*) FROM \"{table}\" WHERE \"AppUserId\" = @user", ("@user", appUserId)),
            System.Globalization.CultureInfo.InvariantCulture);
    }
}
