using CleanSpotify.Application;
using CleanSpotify.Infrastructure;
using CleanSpotify.Web;
using CleanSpotify.Web.Sandbox;

var builder = WebApplication.CreateBuilder(args);

var sandbox = await builder.StartSandboxUnlessSpotifyIsConfiguredAsync();

builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddWeb(builder.Configuration, sandbox);

var app = builder.Build();
app.UseCleanSpotify();
await app.RunAsync();
