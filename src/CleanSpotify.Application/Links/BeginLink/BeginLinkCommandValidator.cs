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
    }
}
