using CleanSpotify.Application.Links;
using CleanSpotify.Application.Playlists.CreatePlaylistFromTopTracks;

namespace CleanSpotify.Application.Playlists.GetPlaylistDraft;

/// <summary>Checks the inputs and the link; never calls Spotify.</summary>
public sealed class GetPlaylistDraftQueryHandler(ICurrentUser currentUser, ISpotifyLinkStore links, TimeProvider timeProvider)
    : IQueryHandler<GetPlaylistDraftQuery, Result<PlaylistDraftDto>>
{
    public async ValueTask<Result<PlaylistDraftDto>> Handle(GetPlaylistDraftQuery query, CancellationToken cancellationToken)
    {
        var (range, selection, page) = query;
        var link = (await SpotifyLinkRequirement.FindAsync(currentUser, links, cancellationToken)).Link;
        var user = SpotifyLinkRequirement.Require(link);
        if (!user.IsSuccess)
        {
            return user.Error;
        }

        return new PlaylistDraftDto(
            range,
            selection,
            page,
            CreatePlaylistFromTopTracksCommandHandler.NameFor(range, timeProvider.GetUtcNow()),
            link!.HasScope(PlaylistRules.RequiredScope));
    }
}
