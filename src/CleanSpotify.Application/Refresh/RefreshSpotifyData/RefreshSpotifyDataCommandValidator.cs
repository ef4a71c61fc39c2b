using CleanSpotify.Application.Links;

namespace CleanSpotify.Application.Refresh.RefreshSpotifyData;

public sealed class RefreshSpotifyDataCommandValidator : AbstractValidator<RefreshSpotifyDataCommand>
{
    public RefreshSpotifyDataCommandValidator()
    {
        RuleFor(c => c.ReturnUrl).MustBeLocalUrlWhenGiven();
    }
}
