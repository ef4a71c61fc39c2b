using CleanSpotify.Domain.History;

namespace CleanSpotify.Web.Models;

/// <summary>A rank movement badge: ▲3, ▼2, "new", "=" or nothing, with words for screen readers.</summary>
public sealed record MovementViewModel(string Text, string CssClass, string Description)
{
    public static readonly MovementViewModel None = new(string.Empty, string.Empty, string.Empty);

    public static MovementViewModel From(RankChange change) => change.Kind switch
    {
        RankChangeKind.Up => new($"▲{change.Places}", "movement-up", $"up {change.Places} since the last snapshot"),
        RankChangeKind.Down => new($"▼{change.Places}", "movement-down", $"down {change.Places} since the last snapshot"),
        RankChangeKind.New => new("new", "movement-new", "new since the last snapshot"),
        RankChangeKind.Same => new("=", "movement-same", "same place as the last snapshot"),
        _ => None,
    };
}
