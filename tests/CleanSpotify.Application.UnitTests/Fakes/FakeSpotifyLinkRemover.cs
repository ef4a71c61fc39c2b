using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.Application.UnitTests.Fakes;

/// <summary>
/// Removes links from a <see cref="FakeSpotifyLinkStore"/> (so a later read sees no link, as with the real store) and
/// records which users asked; answers false when the user had no link.
/// </summary>
public sealed class FakeSpotifyLinkRemover(FakeSpotifyLinkStore links) : ISpotifyLinkRemover
{
    public List<string> Deletes { get; } = [];

    public Task<bool> DeleteAsync(string appUserId, CancellationToken cancellationToken)
    {
        Deletes.Add(appUserId);
        return Task.FromResult(links.Remove(appUserId));
    }
}
