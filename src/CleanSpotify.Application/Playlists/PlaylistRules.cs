using FluentValidation;

namespace CleanSpotify.Application.Playlists;

/// <summary>The rules the playlist inputs share, with the messages the form shows.</summary>
public static class PlaylistRules
{
    /// <summary>The scope Spotify requires to create a private playlist and add items to it.</summary>
    public const string RequiredScope = "playlist-modify-private";

    public static IRuleBuilderOptions<T, string?> MustBeTrackSelection<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(c => TrackSelection.TryParse(c, out _)).WithMessage(TrackSelection.Rule);

    public static IRuleBuilderOptions<T, string?> MustBeRequestId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(id => TryParseRequestId(id, out _))
            .WithMessage("This form is missing its request id. Reload the page and submit the form again.");

    public static bool TryParseRequestId(string? value, out Guid requestId) =>
        Guid.TryParseExact(value, "D", out requestId) && requestId != Guid.Empty;
}
