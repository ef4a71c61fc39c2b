using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Playlists;
using CleanSpotify.Application.Playlists.GetPlaylistDraft;
using CleanSpotify.Tests.Shared.Builders;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.Tracks;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.Playlists.GetPlaylistDraft;

public sealed class GetPlaylistDraftQueryHandlerTests
{
    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task Handle_WithScope_ReturnsTheDraftWithPermission()
    {
        _links.With(new SpotifyLinkBuilder().WithScopes("user-top-read", PlaylistRules.RequiredScope).Build());

        var result = await Handle(new GetPlaylistDraftQuery(TimeRange.ShortTerm, new TrackSelection(TrackSelectionKind.Top, 30), 2));

        result.Value.Should().Be(new PlaylistDraftDto(
            TimeRange.ShortTerm,
            new TrackSelection(TrackSelectionKind.Top, 30),
            2,
            "My top tracks — last 4 weeks — 2026-11-29",
            HasPermission: true));
    }

    [Fact]
    public async Task Handle_WithoutScope_ReturnsTheDraftWithoutPermission()
    {
        _links.With(new SpotifyLinkBuilder().WithScopes("user-top-read").Build());

        var result = await Handle(new GetPlaylistDraftQuery(TimeRange.LongTerm, new TrackSelection(TrackSelectionKind.All, 0), 1));

        result.Value.HasPermission.Should().BeFalse("Spotify must ask for the permission first");
        result.Value.Selection.Kind.Should().Be(TrackSelectionKind.All);
        result.Value.Page.Should().Be(1);
        result.Value.Name.Should().Be("My top tracks — last year — 2026-11-29");
    }

    [Fact]
    public async Task Handle_WhenNotLinked_ReturnsNotLinked()
    {
        var result = await Handle(new GetPlaylistDraftQuery(TimeRange.ShortTerm, new TrackSelection(TrackSelectionKind.Page, 0), 1));

        result.Error.Should().Be(LinkErrors.NotLinked);
    }

    private async Task<Result<PlaylistDraftDto>> Handle(GetPlaylistDraftQuery query) =>
        await new GetPlaylistDraftQueryHandler(_currentUser, _links, _time).Handle(query, TestContext.Current.CancellationToken);
}
