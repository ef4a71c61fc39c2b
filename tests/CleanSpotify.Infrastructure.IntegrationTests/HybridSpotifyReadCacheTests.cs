using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links;
using CleanSpotify.Infrastructure.IntegrationTests.Support;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>
/// The read cache as the app registers it (HybridCache, in memory). Two links of one user, as after an unlink and a
/// relink on another instance, share one memory without any invalidation between them, and must still never share
/// an entry.
/// </summary>
public sealed class HybridSpotifyReadCacheTests
{
    private const string User = "app-user-1";
    private const string Key = "top:Tracks:ShortTerm:1";

    private static readonly LinkedSpotifyUser OldLink = new(User, Guid.NewGuid());
    private static readonly LinkedSpotifyUser NewLink = new(User, Guid.NewGuid());

    /// <summary>A value of 100,000 characters: about 100 KB as HybridCache counts it (serialized).</summary>
    private static readonly string Page = new('x', 100_000);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetOrFetchAsync_ForANewLinkOfTheSameUser_FetchesAgainWhileTheOldLinksEntryIsStillFresh()
    {
        await using var env = await TestEnvironment.StartAsync();
        var cache = env.Host.Services.GetRequiredService<ISpotifyReadCache>();
        await cache.GetOrFetchAsync(OldLink, Key, Answer("old account"), Ct);

        var read = await cache.GetOrFetchAsync(NewLink, Key, Answer("new account"), Ct);

        read.Value.Value.Should().Be("new account");
        read.Value.FromCache.Should().BeFalse();
        (await cache.GetOrFetchAsync(OldLink, Key, Answer("refetched"), Ct)).Value.Value.Should().Be("old account", "it is still fresh");
        (await cache.GetOrFetchAsync(NewLink, Key, Answer("refetched"), Ct)).Value.Value.Should().Be("new account");
    }

    [Fact]
    public async Task GetOrFetchAsync_WhenSpotifyFailsForANewLink_NeverFallsBackOnTheOldLinksCopy()
    {
        await using var env = await TestEnvironment.StartAsync();
        var cache = env.Host.Services.GetRequiredService<ISpotifyReadCache>();
        await cache.GetOrFetchAsync(OldLink, Key, Answer("old account"), Ct);
        var outage = Error.Upstream("spotify.unavailable", "Spotify is not answering.");

        var read = await cache.GetOrFetchAsync(NewLink, Key, _ => Task.FromResult(Result<string>.Failure(outage)), Ct);

        read.IsSuccess.Should().BeFalse();
        read.Error.Should().Be(outage);
        (await cache.PeekAsync<string>(NewLink, Key, Ct)).Should().BeNull();
        (await cache.PeekAsync<string>(OldLink, Key, Ct))!.Value.Should().Be("old account");
    }

    [Fact]
    public async Task ForgetUserAsync_DropsTheEntriesOfEveryLinkOfTheUserOnly()
    {
        await using var env = await TestEnvironment.StartAsync();
        var cache = env.Host.Services.GetRequiredService<ISpotifyReadCache>();
        var otherUser = new LinkedSpotifyUser("app-user-2", Guid.NewGuid());
        await cache.GetOrFetchAsync(OldLink, Key, Answer("old account"), Ct);
        await cache.GetOrFetchAsync(NewLink, Key, Answer("new account"), Ct);
        await cache.GetOrFetchAsync(otherUser, Key, Answer("other user"), Ct);

        await cache.ForgetUserAsync(User, Ct);
        env.Time.Advance(TimeSpan.FromSeconds(1));

        (await cache.PeekAsync<string>(OldLink, Key, Ct)).Should().BeNull();
        (await cache.PeekAsync<string>(NewLink, Key, Ct)).Should().BeNull();
        (await cache.PeekAsync<string>(otherUser, Key, Ct))!.Value.Should().Be("other user");
    }

    [Fact]
    public async Task PeekAsync_AfterAMissThatIsRemembered_SeesTheCopyAFetchKeepsRightAway()
    {
        await using var env = await TestEnvironment.StartAsync();
        var cache = env.Host.Services.GetRequiredService<ISpotifyReadCache>();
        (await cache.PeekAsync<string>(NewLink, Key, Ct)).Should().BeNull();
        (await cache.PeekAsync<string>(NewLink, Key, Ct)).Should().BeNull("the miss is remembered");

        await cache.GetOrFetchAsync(NewLink, Key, Answer("fetched"), Ct);

        var peeked = await cache.PeekAsync<string>(NewLink, Key, Ct);
        peeked!.Value.Should().Be("fetched", "the fetch's fallback replaces the remembered miss");
        peeked.FromCache.Should().BeTrue();
    }

    [Fact]
    public async Task GetOrFetchAsync_PastTheMemoryLimit_KeepsNoMoreThanTheLimitAndStillAnswersEveryRead()
    {
        await using var env = await TestEnvironment.StartAsync(settings => settings.Configuration["Cache:MemoryLimitMegabytes"] = "1");

        var answers = await ReadPagesAsync(env, count: 30);

        answers.Should().AllSatisfy(answer => answer.Should().Be(Page));
        Memory(env).Count.Should().BeLessThanOrEqualTo(10, "1 MB holds at most ten entries of 100 KB");
    }

    [Fact]
    public async Task GetOrFetchAsync_WithinTheDefaultMemoryLimit_KeepsTheFreshFallbackAndPeekCopyOfEveryRead()
    {
        await using var env = await TestEnvironment.StartAsync();

        await ReadPagesAsync(env, count: 30);

        Memory(env).Count.Should().BeGreaterThanOrEqualTo(90);
    }

    private static async Task<List<string>> ReadPagesAsync(TestEnvironment env, int count)
    {
        var cache = env.Host.Services.GetRequiredService<ISpotifyReadCache>();
        var answers = new List<string>();
        for (var page = 1; page <= count; page++)
        {
            answers.Add((await cache.GetOrFetchAsync(OldLink, $"top:Tracks:ShortTerm:{page}", Answer(Page), Ct)).Value.Value);
        }

        return answers;
    }

    private static MemoryCache Memory(TestEnvironment env) => (MemoryCache)env.Host.Services.GetRequiredService<IMemoryCache>();

    private static Func<CancellationToken, Task<Result<string>>> Answer(string value) =>
        _ => Task.FromResult(Result<string>.Success(value));
}
