namespace CleanSpotify.Application.Links.BeginLink;

public sealed class BeginLinkCommandValidator : AbstractValidator<BeginLinkCommand>
{
    public BeginLinkCommandValidator()
    {
        RuleFor(c => c.ReturnUrl).MustBeLocalUrlWhenGiven();
        RuleFor(c => c.AdditionalScope)
            .Matches("^[a-z]+(-[a-z]+)*$")
            .When(c => !string.IsNullOrEmpty(c.AdditionalScope))
            .WithMessage("The permission asked for is not a Spotify scope name.");
    }
}
