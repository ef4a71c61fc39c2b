using FluentValidation;

namespace CleanSpotify.Application.Links.BeginLink;

public sealed class BeginLinkCommandValidator : AbstractValidator<BeginLinkCommand>
{
    public BeginLinkCommandValidator()
    {
        RuleFor(c => c.ReturnUrl)
            .Must(LocalUrl.IsLocal)
            .When(c => !string.IsNullOrEmpty(c.ReturnUrl))
            .WithMessage("The return address must be a page on this site.");
        RuleFor(c => c.AdditionalScope)
            .Matches("^[a-z]+(-[a-z]+)*$")
            .When(c => !string.IsNullOrEmpty(c.AdditionalScope))
            .WithMessage("The permission asked for is not a Spotify scope name.");
    }
}
