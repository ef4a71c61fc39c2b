namespace CleanSpotify.Application.Account.DeleteListeningHistory;

/// <summary>Deletes the signed-in user's stored plays and gaps; the link, and collection, stay.</summary>
public sealed record DeleteListeningHistoryCommand : ICommand<Result<ListeningHistoryDeletedDto>>, ISignedInRequest;
