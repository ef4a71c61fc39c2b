using System.Globalization;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Listening;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>A play to store for a test, as the collector or an import would have stored it.</summary>
public sealed record SeedPlay(
    string PlayedAt,
    string? TrackId,
    string TrackName,
    string[] Artists,
    string AlbumName,
    int MsPlayed,
    bool Estimated = true,
    string Source = "Recent",
    string? ImageUrl = null);

/// <summary>
/// Stores plays through the site's own <see cref="IListeningHistoryStore"/> (so their totals are kept as the collector
/// keeps them), and writes gaps straight into its database, for pages that only read them.
/// </summary>
public static class StoredPlays
{
    public static async Task AddAsync(CleanSpotifyWebApplicationFactory factory, string appUserId, params SeedPlay[] plays)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(plays);
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IListeningHistoryStore>();
        var stored = await store.AddPlaysAsync(
            appUserId,
            [.. plays.Select(p => new Play(p.TrackId, p.TrackName, p.Artists, p.AlbumName, Instant(p.PlayedAt), p.MsPlayed, p.Estimated, Enum.Parse<PlaySource>(p.Source))
            {
                ImageUrl = p.ImageUrl is null ? null : new Uri(p.ImageUrl, UriKind.Absolute),
            })],
            CancellationToken.None);
        if (stored != plays.Length)
        {
            throw new InvalidOperationException($"{plays.Length - stored} of the plays to store were already stored.");
        }
    }

    public static Task<int> AddGapAsync(CleanSpotifyWebApplicationFactory factory, string appUserId, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.Store.ExecuteAsync(
            "INSERT INTO \"ListeningGaps\" (\"AppUserId\", \"From\", \"To\", \"DetectedAt\") VALUES (@user, @from, @to, @to)",
            ("@user", appUserId),
            ("@from", Millis(from)),
            ("@to", Millis(to)));
    }

    private static DateTimeOffset Instant(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    private static long Millis(string instant) => Instant(instant).ToUnixTimeMilliseconds();
}
