using System.Globalization;
using CleanSpotify.Application.History.GetRankHistory;
using CleanSpotify.Application.Tracks;
using CleanSpotify.Domain.History;

namespace CleanSpotify.Web.Models;

/// <summary>One item's rank history: a heading and one row per recorded day, newest first.</summary>
public sealed record RankHistoryViewModel(string Title, string BackUrl, string BackLabel, IReadOnlyList<RankHistoryRowViewModel> Rows)
{
    public static RankHistoryViewModel From(RankHistoryDto history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var noun = history.Kind == TopListKind.Artists ? "artist" : "track";
        var path = history.Kind == TopListKind.Artists ? "/top/artists" : "/top/tracks";
        var label = TimeRangeText.ToLabel(history.Range);
        return new RankHistoryViewModel(
            $"{history.ItemName ?? $"This {noun}"} in your top {noun}s, {label}",
            $"{path}?range={TimeRangeNames.ToQueryValue(history.Range)}",
            $"Back to your top {noun}s",
            history.Points
                .Reverse()
                .Select(p => new RankHistoryRowViewModel(
                    p.Day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
                    p.Rank is { } rank ? $"#{rank}" : "not in the list"))
                .ToArray());
    }
}

public sealed record RankHistoryRowViewModel(string Day, string Rank);
