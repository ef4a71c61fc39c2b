namespace CleanSpotify.Application.Listening.SetTimeZone;

public sealed class SetTimeZoneCommandValidator : AbstractValidator<SetTimeZoneCommand>
{
    public SetTimeZoneCommandValidator()
    {
        RuleFor(c => c.TimeZone).Must(ListeningClock.IsKnownTimeZone).WithMessage(ListeningRules.TimeZoneMessage);
    }
}
