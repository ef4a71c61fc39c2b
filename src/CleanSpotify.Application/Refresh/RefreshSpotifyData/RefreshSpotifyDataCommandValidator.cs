using CleanSpotify.Application.Links;
using FluentValidation;

namespace CleanSpotify.Application.Refresh.RefreshSpotifyData;

public sealed class RefreshSpotifyDataCommandValidator : AbstractValidator<RefreshSpotifyDataCommand>
{
    public RefreshSpotifyDataCommandValidator()
    {
        RuleFor(c => c.ReturnUrl)
            .Must(LocalUrl.IsLocal)
            .When(c => !string.IsNullOrEmpty(c.ReturnUrl))
            .WithMessage("The return address must be a page on this site.");
    }
}
