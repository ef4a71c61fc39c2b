namespace CleanSpotify.Application.Refresh.RefreshSpotifyData;

/// <summary>The "Refresh" button: the user's next pages ask Spotify again; <paramref name="ReturnUrl"/> is where to go back.</summary>
public sealed record RefreshSpotifyDataCommand(string? ReturnUrl) : ICommand<Result<string>>, ISignedInRequest;
