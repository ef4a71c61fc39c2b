namespace CleanSpotify.Application.Account.DeleteListeningHistory;

/// <summary>How many plays were deleted.</summary>
public sealed record ListeningHistoryDeletedDto(int PlaysDeleted);
