using System.Text;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Infrastructure.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>Deleting a link on a real SQLite file: the row and its encrypted tokens go, other links stay.</summary>
public sealed class SpotifyLinkRemoverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeleteAsync_LinkedUser_RemovesTheRowAndItsTokensOnly()
    {
        await using var env = await TestEnvironment.StartAsync();
        var leaving = await env.Host.LinkAsync("jazz-soul");
        var staying = await env.Host.LinkAsync("indie-electronic");
        (await env.Host.GetTopTracksAsync(leaving.AppUserId)).IsSuccess.Should().BeTrue();

        var deleted = await env.Host.InScopeAsync<ISpotifyLinkRemover, bool>(remover => remover.DeleteAsync(leaving.AppUserId, Ct));

        deleted.Should().BeTrue();
        (await env.Host.FindLinkAsync(leaving.AppUserId)).Should().BeNull();
        (await env.Host.FindLinkAsync(staying.AppUserId)).Should().NotBeNull();
        var rows = await RawDatabase.QueryAsync(env.DatabasePath, "SELECT AppUserId, AccessTokenEncrypted, RefreshTokenEncrypted FROM SpotifyLinks");
        rows.Should().ContainSingle().Which["AppUserId"].Should().Be(staying.AppUserId);
        var file = await RawDatabase.ReadFileBytesAsync(env.DatabasePath);
        foreach (var secret in env.SandboxState.IssuedSecrets)
        {
            file.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)).Should().Be(-1);
        }
    }

    [Fact]
    public async Task DeleteAsync_UserWithoutLink_ReturnsFalse()
    {
        await using var env = await TestEnvironment.StartAsync();
        var userId = await env.Host.CreateUserAsync();

        var deleted = await env.Host.InScopeAsync<ISpotifyLinkRemover, bool>(remover => remover.DeleteAsync(userId, Ct));

        deleted.Should().BeFalse();
    }

    [Fact]
    public async Task DeleteAsync_ThenLinkAgain_SavesANewLinkForTheSameAccount()
    {
        await using var env = await TestEnvironment.StartAsync();
        var first = await env.Host.LinkAsync("classical-film");
        await env.Host.InScopeAsync<ISpotifyLinkRemover, bool>(remover => remover.DeleteAsync(first.AppUserId, Ct));

        var again = await env.Host.LinkAsync("classical-film", first.AppUserId);

        var link = await env.Host.FindLinkAsync(first.AppUserId);
        link!.Account.Should().Be(again.Account);
        link.Tokens.Should().Be(again.InitialTokens);
    }

    [Fact]
    public async Task DeleteIfUnchangedAsync_LinkAsRead_DeletesTheRow()
    {
        await using var env = await TestEnvironment.StartAsync();
        var linked = await env.Host.LinkAsync("jazz-soul");

        await using var scope = env.Host.CreateScope();
        var link = await scope.ServiceProvider.GetRequiredService<ISpotifyLinkStore>().FindByUserAsync(linked.AppUserId, Ct);
        var deleted = await scope.ServiceProvider.GetRequiredService<ISpotifyLinkRemover>().DeleteIfUnchangedAsync(link!, Ct);

        deleted.Should().BeTrue();
        (await env.Host.FindLinkAsync(linked.AppUserId)).Should().BeNull();
    }

    [Fact]
    public async Task DeleteIfUnchangedAsync_LinkChangedSinceRead_DeletesNothing()
    {
        await using var env = await TestEnvironment.StartAsync();
        var linked = await env.Host.LinkAsync("jazz-soul");
        await using var scope = env.Host.CreateScope();
        var link = await scope.ServiceProvider.GetRequiredService<ISpotifyLinkStore>().FindByUserAsync(linked.AppUserId, Ct);

        await using (var other = env.Host.CreateScope())
        {
            var links = other.ServiceProvider.GetRequiredService<ISpotifyLinkStore>();
            var current = await links.FindByUserAsync(linked.AppUserId, Ct);
            current!.MarkNeedsReconnect();
            (await links.SaveAsync(current, Ct)).Should().BeTrue();
        }

        var deleted = await scope.ServiceProvider.GetRequiredService<ISpotifyLinkRemover>().DeleteIfUnchangedAsync(link!, Ct);

        deleted.Should().BeFalse();
        (await env.Host.FindLinkAsync(linked.AppUserId)).Should().NotBeNull();
    }
}
