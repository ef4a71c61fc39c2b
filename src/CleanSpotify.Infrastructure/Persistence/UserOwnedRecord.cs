namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>A stored row that belongs to one site user and is deleted with them (see <c>UserOwnedConfiguration</c>).</summary>
internal abstract class UserOwnedRecord
{
    public required string AppUserId { get; init; }
}

/// <summary>One of the many rows a user owns, numbered by the database.</summary>
internal abstract class UserOwnedRowRecord : UserOwnedRecord
{
    public long Id { get; init; }
}
