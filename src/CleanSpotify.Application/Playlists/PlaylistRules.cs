using CleanSpotify.Application.Common.Validation;

namespace CleanSpotify.Application.Playlists;

/// <summary>The rules the playlist inputs share, with the messages the form shows.</summary>
public static class PlaylistRules
{
    /// <summary>The scope Spotify requires to create a private playlist and add items to it.</summary>
    public const string RequiredScope = "playlist-modify-private";

    public const string RequestIdMessage = "This form is missing its request id. Reload the page and submit the form again.";

    public static IRuleBuilderOptions<T, TrackSelection> MustBeTrackSelection<T>(this IRuleBuilder<T, TrackSelection> rule) =>
        rule.Must(s => s.IsValid).WithMessage(TrackSelection.Rule);

    public static IRuleBuilderOptions<T, Guid> MustBeRequestId<T>(this IRuleBuilder<T, Guid> rule) =>
        rule.NotEqual(Guid.Empty).WithMessage(RequestIdMessage);
}

/// <summary>What the playlist form asks for: which tracks of which list, from the page the form was on.</summary>
public interface IPlaylistDraftRequest : ITopListPageRequest
{
    TrackSelection Selection { get; }
}

/// <summary>The rules for <see cref="IPlaylistDraftRequest"/>, shared by the confirmation page and the save.</summary>
public sealed class PlaylistDraftValidator : AbstractValidator<IPlaylistDraftRequest>
{
    public PlaylistDraftValidator()
    {
        Include(new TopListPageRequestValidator());
        RuleFor(r => r.Selection).MustBeTrackSelection();
    }
}
