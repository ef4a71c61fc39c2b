using System.Security.Claims;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Web.Models;
using CleanSpotify.Web.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Benchmarks.Ceiling;

/// <summary>
/// The ceiling: the site's own compiled top-tracks view (layout, partials and forms included) rendered from a model
/// built once at start, behind a fixed signed-in principal: no authentication, database, cache or Mediator. Only
/// this assembly's controller and view components are parts, so the site's controllers do not run here.
/// </summary>
internal static class CeilingHost
{
    public const string ReadyPath = "/health";

    public static async Task RunAsync(string[] args, string fixturePath, string contentRoot)
    {
        var fixture = CeilingFixture.Read(fixturePath);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = contentRoot });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddControllersWithViews().ConfigureApplicationPartManager(parts =>
        {
            parts.ApplicationParts.Clear();
            parts.ApplicationParts.Add(new AssemblyPart(typeof(CeilingController).Assembly));
            parts.ApplicationParts.Add(new CompiledRazorAssemblyPart(typeof(TopListPageViewModel).Assembly));
        });
        builder.Services.AddSingleton(new SiteInfo(UsesSandbox: false, SandboxAdminUrl: null));
        builder.Services.AddSingleton(HeaderAccountViewModel.For(fixture.DisplayName, null));
        builder.Services.AddSingleton(Model(fixture));

        var app = builder.Build();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "ceiling-user"), new Claim(ClaimTypes.Name, "ceiling@bench.test")], "Ceiling"));
        app.Use((context, next) =>
        {
            context.User = principal;
            return next(context);
        });
        app.MapGet(ReadyPath, () => "ok");
        app.MapControllers();
        await app.RunAsync();
    }

    private static TopListPageViewModel Model(CeilingFixture fixture)
    {
        var now = DateTimeOffset.UtcNow;
        var page = new TopListPageDto<TopItemDto>(
            TimeRange.MediumTerm,
            1,
            TopListPageReader.PageSize,
            fixture.Total,
            fixture.Tracks,
            fixture.Tracks.Select(_ => RankChange.NoHistory).ToArray(),
            now,
            null);
        return TopListPageViewModel.From(page, TopListKind.Tracks, now);
    }
}
