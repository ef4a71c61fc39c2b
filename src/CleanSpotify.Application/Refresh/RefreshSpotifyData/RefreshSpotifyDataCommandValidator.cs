using CleanSpotify.Application.Links;
using FluentValidation;

namespace CleanSpotify.Application.Refresh.RefreshSpotifyData;

public sealed class RefreshSpotifyDataCommandValidator : AbstractValidator<RefreshSpotifyDataCommand>
{
    public RefreshSpotifyDataCommandValidator()
    {
        RuleFor(c => c.ReturnUrl).MustBeLocalUrlWhenGiven();
    }
}
