using System.Text;
using System.Text.Json;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Account.DownloadMyData;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Export;
using CleanSpotify.Application.Playlists;
using CleanSpotify.Tests.Shared.Builders;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Links;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.UnitTests.Application.Account.DownloadMyData;

public sealed class DownloadMyDataQueryHandlerTests : IAsyncDisposable
{
    private readonly ApplicationHost _host = new();

    [Fact]
    public async Task Handle_LinkedUser_WritesEveryStoredSectionInCamelCaseWithoutSecrets()
    {
        _host.SiteAccounts.With(new SiteAccount(FakeCurrentUser.DefaultId, "ada@example.test", false, "ada@example.test", null, false, false, true, null, 2));
        var link = new SpotifyLinkBuilder().WithScopes("user-top-read").Build();
        _host.Links.With(link);
        _host.PendingAuthorizations.With(new PendingAuthorization("secret-state", FakeCurrentUser.DefaultId, "secret-verifier", "/top", ApplicationHost.Start));
        _host.RankHistory.With(FakeCurrentUser.DefaultId, new RankSnapshot(TopListKind.Artists, TimeRange.LongTerm, new DateOnly(2026, 1, 14), ["x", RankSnapshot.Unknown, "y"]));
        _host.PlaylistExports.With(new PlaylistExport(FakeCurrentUser.DefaultId, Guid.NewGuid(), PlaylistExportStatus.Completed, "Top 10", 10, "playlist-9", null, ApplicationHost.Start));

        var result = await _host.Sender.Send(new DownloadMyDataQuery(), TestContext.Current.CancellationToken);

        var file = result.Value;
        file.Name.Should().Be("cleanspotify-data-2026-01-15");
        file.Format.Should().Be(ExportFormat.Json);
        var text = Encoding.UTF8.GetString(file.Content);
        text.Should().NotContainAny("secret-state", "secret-verifier", "old-access-token", "old-refresh-token");
        using var json = JsonDocument.Parse(file.Content);
        var root = json.RootElement;
        root.GetProperty("account").GetProperty("email").GetString().Should().Be("ada@example.test");
        root.GetProperty("account").GetProperty("accessFailedCount").GetInt32().Should().Be(2);
        var spotify = root.GetProperty("spotifyLink");
        spotify.GetProperty("accountId").GetString().Should().Be("account-1");
        spotify.GetProperty("spotifyUserId").GetString().Should().Be("spotify-user-1");
        spotify.GetProperty("status").GetString().Should().Be("Linked");
        spotify.GetProperty("grantedScopes").EnumerateArray().Select(s => s.GetString()).Should().Equal("user-top-read");
        spotify.GetProperty("refreshTokenExpiresAt").GetDateTimeOffset().Should().Be(link.Summary.RefreshTokenExpiresAt);
        root.GetProperty("pendingLinkAttempts").EnumerateArray().Single().EnumerateObject().Select(p => p.Name)
            .Should().BeEquivalentTo("createdAt", "expiresAt");
        var snapshot = root.GetProperty("rankSnapshots").EnumerateArray().Single();
        snapshot.GetProperty("list").GetString().Should().Be("artists");
        snapshot.GetProperty("range").GetString().Should().Be("long_term");
        snapshot.GetProperty("itemIds").EnumerateArray().Select(i => i.ValueKind == JsonValueKind.Null ? null : i.GetString()).Should().Equal("x", null, "y");
        root.GetProperty("savedPlaylists").EnumerateArray().Single().GetProperty("playlistId").GetString().Should().Be("playlist-9");
    }

    [Fact]
    public async Task Handle_NeverLinkedUser_HasANullLinkAndEmptyLists()
    {
        _host.SiteAccounts.With(new SiteAccount(FakeCurrentUser.DefaultId, "bo@example.test", false, "bo@example.test", null, false, false, true, null, 0));

        var result = await _host.Sender.Send(new DownloadMyDataQuery(), TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(result.Value.Content);
        json.RootElement.GetProperty("spotifyLink").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("rankSnapshots").GetArrayLength().Should().Be(0);
        json.RootElement.GetProperty("savedPlaylists").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Handle_AccountGone_ReturnsUnauthenticated()
    {
        await _host.SiteAccounts.DeleteAsync(FakeCurrentUser.DefaultId, TestContext.Current.CancellationToken);

        var result = await _host.Sender.Send(new DownloadMyDataQuery(), TestContext.Current.CancellationToken);

        result.Error!.Kind.Should().Be(ErrorKind.Unauthenticated);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
