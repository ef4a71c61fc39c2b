namespace CleanSpotify.Application.Listening.SetTimeZone;

/// <summary>Stores the zone under the system's own spelling of its id; answers with that id.</summary>
public sealed class SetTimeZoneCommandHandler(ICurrentUser currentUser, IUserPreferencesStore preferences)
    : ICommandHandler<SetTimeZoneCommand, Result<string>>
{
    public async ValueTask<Result<string>> Handle(SetTimeZoneCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId;

        var id = ListeningClock.Find(command.TimeZone!.Trim()).Id;
        await preferences.SetTimeZoneAsync(userId, id, cancellationToken);
        return id;
    }
}
