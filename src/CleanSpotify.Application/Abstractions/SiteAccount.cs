namespace CleanSpotify.Application.Abstractions;

/// <summary>A site account as stored, minus what is secret (password hash, security and concurrency stamps).</summary>
public sealed record SiteAccount(
    string Id,
    string? Email,
    bool EmailConfirmed,
    string? UserName,
    string? PhoneNumber,
    bool PhoneNumberConfirmed,
    bool TwoFactorEnabled,
    bool LockoutEnabled,
    DateTimeOffset? LockoutEnd,
    int AccessFailedCount);
