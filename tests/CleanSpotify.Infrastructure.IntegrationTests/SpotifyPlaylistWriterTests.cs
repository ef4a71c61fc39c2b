using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Infrastructure.IntegrationTests.Support;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>The playlist writer against the sandbox: a private playlist, tracks appended in order, Spotify's limits.</summary>
public sealed class SpotifyPlaylistWriterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreatePrivatePlaylistAsync_LinkedUser_CreatesAPrivatePlaylistAndReturnsItsIdAndUrl()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");

        var created = await env.Host.InScopeAsync<ISpotifyPlaylistWriter, Result<SpotifyPlaylistRef>>(
            writer => writer.CreatePrivatePlaylistAsync(user.AppUserId, "My top tracks — last 4 weeks — 2026-10-01", "Saved by a test", Ct));

        created.IsSuccess.Should().BeTrue(created.Error?.Code);
        var playlist = env.SandboxState.GetPlaylists("jazz-soul").Should().ContainSingle().Subject;
        playlist.Id.Should().Be(created.Value.Id);
        playlist.Name.Should().Be("My top tracks — last 4 weeks — 2026-10-01");
        playlist.Description.Should().Be("Saved by a test");
        playlist.IsPublic.Should().BeFalse();
        playlist.IsCollaborative.Should().BeFalse();
        created.Value.Url.Should().Be(new Uri($"https://open.spotify.com/playlist/{playlist.Id}"));
    }

    [Fact]
    public async Task AddTracksAsync_TwoBatches_AppendsEveryTrackInOrder()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("hiphop-rnb");
        var top = (await env.Host.GetTopTracksAsync(user.AppUserId, Domain.Tracks.TimeRange.LongTerm, 0, 50)).Value.Items
            .Concat((await env.Host.GetTopTracksAsync(user.AppUserId, Domain.Tracks.TimeRange.LongTerm, 50, 50)).Value.Items)
            .Select(t => $"spotify:track:{t.Id}")
            .ToArray();

        // No sandbox list is longer than 100; a playlist may hold a track twice, so repeat the top ten.
        var tracks = top.Concat(top.Take(10)).ToArray();
        var playlist = await env.Host.InScopeAsync<ISpotifyPlaylistWriter, Result<SpotifyPlaylistRef>>(
            writer => writer.CreatePrivatePlaylistAsync(user.AppUserId, "Batches", "Two of them", Ct));

        var firstBatch = await AddAsync(env, user.AppUserId, playlist.Value.Id, tracks[..ISpotifyPlaylistWriter.MaxItemsPerRequest]);
        var secondBatch = await AddAsync(env, user.AppUserId, playlist.Value.Id, tracks[ISpotifyPlaylistWriter.MaxItemsPerRequest..]);

        tracks.Length.Should().BeGreaterThan(ISpotifyPlaylistWriter.MaxItemsPerRequest);
        firstBatch.IsSuccess.Should().BeTrue(firstBatch.Error?.Code);
        secondBatch.IsSuccess.Should().BeTrue(secondBatch.Error?.Code);
        env.SandboxState.GetPlaylists("hiphop-rnb").Single().ItemUris.Should().Equal(tracks);
    }

    [Fact]
    public async Task AddTracksAsync_MoreThan100_ThrowsBeforeCallingSpotify()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("indie-electronic");
        var calls = env.SandboxState.ApiCalls.Count;
        var tooMany = Enumerable.Range(0, ISpotifyPlaylistWriter.MaxItemsPerRequest + 1).Select(i => $"spotify:track:{i}").ToArray();

        var add = () => AddAsync(env, user.AppUserId, "any", tooMany);

        await add.Should().ThrowAsync<ArgumentOutOfRangeException>();
        env.SandboxState.ApiCalls.Count.Should().Be(calls);
    }

    [Fact]
    public async Task CreatePrivatePlaylistAsync_LinkWithoutPlaylistScope_ReturnsInsufficientScope()
    {
        await using var env = await TestEnvironment.StartAsync(settings =>
            settings.Configuration["Spotify:Scopes"] = "user-top-read user-read-recently-played");
        var user = await env.Host.LinkAsync("classical-film");

        var created = await env.Host.InScopeAsync<ISpotifyPlaylistWriter, Result<SpotifyPlaylistRef>>(
            writer => writer.CreatePrivatePlaylistAsync(user.AppUserId, "Not allowed", "No scope", Ct));

        created.IsSuccess.Should().BeFalse();
        created.Error!.Code.Should().Be("spotify.insufficient_scope");
        created.Error.Kind.Should().Be(ErrorKind.SpotifyForbidden);
        env.SandboxState.GetPlaylists("classical-film").Should().BeEmpty();
    }

    private static Task<Result> AddAsync(TestEnvironment env, string userId, string playlistId, IReadOnlyList<string> uris) =>
        env.Host.InScopeAsync<ISpotifyPlaylistWriter, Result>(writer => writer.AddTracksAsync(userId, playlistId, uris, Ct));
}
