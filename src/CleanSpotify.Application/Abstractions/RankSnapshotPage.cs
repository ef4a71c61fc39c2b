using CleanSpotify.Application.Links;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Abstractions;

/// <summary>One fetched page of a top list, read with <paramref name="User"/>'s link: a piece of that day's snapshot.</summary>
public sealed record RankSnapshotPage(LinkedSpotifyUser User, TopListKind Kind, TimeRange Range, DateOnly Day, int Offset, IReadOnlyList<string> ItemIds);
