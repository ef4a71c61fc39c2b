using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Links;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>
/// Removes links from a <see cref="FakeSpotifyLinkStore"/> (so a later read sees no link, as with the real store) and
/// records which users asked; answers false when the user had no link. <see cref="LinkChanges"/> simulates the link
/// being changed by someone else between the caller's read and the conditional delete.
/// </summary>
public sealed class FakeSpotifyLinkRemover(FakeSpotifyLinkStore links) : ISpotifyLinkRemover
{
    public List<string> Deletes { get; } = [];

    public Task<bool> DeleteAsync(string appUserId, CancellationToken cancellationToken)
    {
        Deletes.Add(appUserId);
        return Task.FromResult(links.Remove(appUserId));
    }

    public bool LinkChanges { get; set; }

    public List<SpotifyLink> ConditionalDeletes { get; } = [];

    public Task<bool> DeleteIfUnchangedAsync(SpotifyLink link, CancellationToken cancellationToken)
    {
        ConditionalDeletes.Add(link);
        return Task.FromResult(!LinkChanges && links.Links.Contains(link) && links.Remove(link.AppUserId));
    }
}
