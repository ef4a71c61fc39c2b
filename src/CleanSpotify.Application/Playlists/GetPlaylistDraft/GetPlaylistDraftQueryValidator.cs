namespace CleanSpotify.Application.Playlists.GetPlaylistDraft;

public sealed class GetPlaylistDraftQueryValidator : AbstractValidator<GetPlaylistDraftQuery>
{
    public GetPlaylistDraftQueryValidator()
    {
        Include(new PlaylistDraftValidator());
    }
}
