using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>Answers every profile read with <see cref="Profile"/> and records which token or user asked.</summary>
public sealed class FakeSpotifyProfileReader : ISpotifyProfileReader
{
    public Result<SpotifyProfileDto> Profile { get; set; } =
        new SpotifyProfileDto("account-1", "spotify-user-1", "Ada", null, null);

    public List<string> AccessTokensUsed { get; } = [];

    public List<string> UsersRead { get; } = [];

    /// <summary>Runs during <see cref="GetProfileAsync"/>, e.g. to mark the link as the real token service would.</summary>
    public Action<string>? WhileReading { get; set; }

    public Task<Result<SpotifyProfileDto>> GetProfileForTokenAsync(string accessToken, CancellationToken cancellationToken)
    {
        AccessTokensUsed.Add(accessToken);
        return Task.FromResult(Profile);
    }

    public Task<Result<SpotifyProfileDto>> GetProfileAsync(string appUserId, CancellationToken cancellationToken)
    {
        UsersRead.Add(appUserId);
        WhileReading?.Invoke(appUserId);
        return Task.FromResult(Profile);
    }
}
