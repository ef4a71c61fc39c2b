namespace CleanSpotify.Application.Account.DeleteListeningHistory;

/// <summary>
/// Deletes the user's plays, gaps and collection state. A linked user's collection starts afresh at the next sweep
/// with Spotify's last 50 plays: deleting the history does not unlink.
/// </summary>
public sealed class DeleteListeningHistoryCommandHandler(ICurrentUser currentUser, IListeningHistoryStore history)
    : ICommandHandler<DeleteListeningHistoryCommand, Result<ListeningHistoryDeletedDto>>
{
    public async ValueTask<Result<ListeningHistoryDeletedDto>> Handle(DeleteListeningHistoryCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId;

        return new ListeningHistoryDeletedDto(await history.DeleteForUserAsync(userId, cancellationToken));
    }
}
