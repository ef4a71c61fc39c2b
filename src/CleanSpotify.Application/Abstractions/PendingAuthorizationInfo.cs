namespace CleanSpotify.Application.Abstractions;

/// <summary>A waiting link attempt as a person may see it: when it started and when it expires, nothing secret.</summary>
public sealed record PendingAuthorizationInfo(DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
