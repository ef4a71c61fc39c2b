using System.Security.Claims;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Infrastructure.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>
/// <see cref="IUnitOfWork"/> and <see cref="ISiteAccountStore"/> on a real SQLite file: the stores' writes commit
/// together or not at all, and deleting a site account takes its Identity rows and everything keyed to it.
/// </summary>
public sealed class UnitOfWorkTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InTransactionAsync_WorkFailsAfterDeleting_RollsEveryDeleteBack()
    {
        await using var env = await TestEnvironment.StartAsync();
        var linked = await env.Host.LinkAsync("jazz-soul");
        await using var scope = env.Host.CreateScope();
        var services = scope.ServiceProvider;

        var failing = () => services.GetRequiredService<IUnitOfWork>().InTransactionAsync<bool>(
            async token =>
            {
                await services.GetRequiredService<ISpotifyLinkRemover>().DeleteAsync(linked.AppUserId, token);
                await services.GetRequiredService<ISiteAccountStore>().DeleteAsync(linked.AppUserId, token);
                throw new InvalidOperationException("Fails halfway.");
            },
            Ct);

        await failing.Should().ThrowAsync<InvalidOperationException>();
        (await env.Host.FindLinkAsync(linked.AppUserId)).Should().NotBeNull();
        (await RawDatabase.QueryAsync(env.DatabasePath, "SELECT Id FROM AspNetUsers WHERE Id = @id", ("@id", linked.AppUserId))).Should().ContainSingle();
    }

    [Fact]
    public async Task DeleteAsync_InATransaction_RemovesTheUserWithClaimsAndEveryRowKeyedToIt()
    {
        await using var env = await TestEnvironment.StartAsync();
        var leaving = await env.Host.LinkAsync("jazz-soul");
        var staying = await env.Host.LinkAsync("indie-electronic");
        await using (var arrange = env.Host.CreateScope())
        {
            var users = arrange.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            (await users.AddClaimAsync((await users.FindByIdAsync(leaving.AppUserId))!, new Claim("kind", "test"))).Succeeded.Should().BeTrue();
        }

        await using var scope = env.Host.CreateScope();
        var services = scope.ServiceProvider;
        var deleted = await services.GetRequiredService<IUnitOfWork>().InTransactionAsync(
            token => services.GetRequiredService<ISiteAccountStore>().DeleteAsync(leaving.AppUserId, token), Ct);

        deleted.Should().BeTrue();
        foreach (var (table, column) in new[] { ("AspNetUsers", "Id"), ("AspNetUserClaims", "UserId"), ("SpotifyLinks", "AppUserId") })
        {
            (await RawDatabase.QueryAsync(env.DatabasePath, $"SELECT * FROM {table} WHERE {column} = @id", ("@id", leaving.AppUserId))).Should().BeEmpty(table);
        }

        (await env.Host.FindLinkAsync(staying.AppUserId)).Should().NotBeNull();
        (await env.Host.InScopeAsync<ISiteAccountStore, SiteAccount?>(store => store.FindAsync(staying.AppUserId, Ct)))!.Id.Should().Be(staying.AppUserId);
        (await env.Host.InScopeAsync<ISiteAccountStore, bool>(store => store.DeleteAsync(leaving.AppUserId, Ct))).Should().BeFalse("it is gone");
    }
}
