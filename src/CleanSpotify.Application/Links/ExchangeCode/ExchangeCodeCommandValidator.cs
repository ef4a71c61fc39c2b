namespace CleanSpotify.Application.Links.ExchangeCode;

public sealed class ExchangeCodeCommandValidator : AbstractValidator<ExchangeCodeCommand>
{
    public const int MaxLength = 2048;

    public ExchangeCodeCommandValidator()
    {
        RuleFor(c => c.State)
            .NotEmpty().WithMessage("Spotify's answer did not include the link request it belongs to. Please start linking again.")
            .MaximumLength(MaxLength).WithMessage("Spotify's answer is not one this site can use. Please start linking again.");
        RuleFor(c => c.Code)
            .NotEmpty().When(c => string.IsNullOrEmpty(c.Error))
            .WithMessage("Spotify's answer did not include an authorization code. Please start linking again.");
        RuleFor(c => c.Code)
            .MaximumLength(MaxLength).WithMessage("Spotify's answer is not one this site can use. Please start linking again.");
        RuleFor(c => c.Error)
            .MaximumLength(256).WithMessage("Spotify's answer is not one this site can use. Please start linking again.");
    }
}
