using CleanSpotify.Infrastructure.IntegrationTests.Support;
using CleanSpotify.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>
/// A new model carries its relational mapping from the moment it is built: EF Core's lazy <c>GetRelationalModel</c>
/// fails when two threads ask for it first at once, so nothing may be left for the first queries to build.
/// </summary>
public sealed class ModelServicesTests
{
    [Fact]
    public async Task NewModel_BeforeAnyQuery_AlreadyHoldsItsRelationalMapping()
    {
        await using var env = await TestEnvironment.StartAsync(settings => settings.StartHostedServices = false);
        await using var scope = env.Host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CleanSpotifyDbContext>();

        db.Model.FindRuntimeAnnotationValue(RelationalAnnotationNames.RelationalModel)
            .Should().BeAssignableTo<IRelationalModel>("the runtime model, used by queries and saves");
        db.GetService<IDesignTimeModel>().Model.FindRuntimeAnnotationValue(RelationalAnnotationNames.RelationalModel)
            .Should().BeAssignableTo<IRelationalModel>("the design-time model, used by migrations");
    }
}
