namespace CleanSpotify.Application.Playlists.CreatePlaylistFromTopTracks;

public sealed class CreatePlaylistFromTopTracksCommandValidator : AbstractValidator<CreatePlaylistFromTopTracksCommand>
{
    public CreatePlaylistFromTopTracksCommandValidator()
    {
        Include(new PlaylistDraftValidator());
        RuleFor(c => c.RequestId).MustBeRequestId();
    }
}
