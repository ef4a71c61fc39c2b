using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;

namespace CleanSpotify.Application.UnitTests.Fakes;

public sealed class FakeSpotifyProfileReader : ISpotifyProfileReader
{
    public Result<SpotifyProfileDto> Profile { get; set; } =
        new SpotifyProfileDto("account-1", "spotify-user-1", "Ada", null, null);

    public List<string> AccessTokensUsed { get; } = [];

    public Task<Result<SpotifyProfileDto>> GetProfileForTokenAsync(string accessToken, CancellationToken cancellationToken)
    {
        AccessTokensUsed.Add(accessToken);
        return Task.FromResult(Profile);
    }
}
