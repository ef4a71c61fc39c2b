using Microsoft.AspNetCore.Hosting;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>
/// A site on a fake clock that asks for <c>playlist-modify-private</c> at the first consent (through
/// <c>Spotify:Scopes</c>), so tests of saving playlists start from a link that already allows it.
/// </summary>
public sealed class PlaylistPermissionFactory : FakeClockFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Spotify:Scopes", "user-top-read user-read-recently-played playlist-modify-private");
    }
}
