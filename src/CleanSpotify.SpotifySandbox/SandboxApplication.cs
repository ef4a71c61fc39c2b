using System.Text.Json;
using System.Text.Json.Serialization;
using CleanSpotify.SpotifySandbox.Accounts;
using CleanSpotify.SpotifySandbox.Admin;
using CleanSpotify.SpotifySandbox.Images;
using CleanSpotify.SpotifySandbox.Listeners;
using CleanSpotify.SpotifySandbox.WebApi;

namespace CleanSpotify.SpotifySandbox;

/// <summary>Registers the sandbox's services and endpoints on a builder prepared by <see cref="Program"/> or <see cref="SandboxHost"/>.</summary>
internal static class SandboxApplication
{
    public static WebApplication Build(WebApplicationBuilder builder, SandboxOptions options, TimeProvider timeProvider)
    {
        options.Validate();
        var catalog = ListenerCatalog.Shared;
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(timeProvider);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(new SandboxState(options, timeProvider, catalog));
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        });

        var app = builder.Build();
        app.UseWhen(context => LengthRequiredGate.Guards(context.Request.Path), branch => branch.UseMiddleware<LengthRequiredGate>());
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/v1"), branch => branch.UseMiddleware<WebApiGateway>());
        app.MapAuthorizeEndpoints();
        app.MapTokenEndpoint();
        app.MapWebApi();
        app.MapImageEndpoints();
        if (options.EnableControlEndpoint)
        {
            app.MapControlEndpoints();
            app.MapAdminPage();
            app.MapDataExportEndpoints();
        }
        return app;
    }
}

/// <summary>
/// Refuses a Web API or token request whose body is chunked (no <c>Content-Length</c>) with 411 Length Required, as
/// a real server may: the app must send every body with its length.
/// </summary>
internal sealed class LengthRequiredGate(RequestDelegate next)
{
    public const string Message = "A request body must carry a Content-Length; chunked bodies are refused.";

    public static bool Guards(PathString path) =>
        path.StartsWithSegments("/v1") || path.StartsWithSegments("/api/token");

    public Task InvokeAsync(HttpContext context)
    {
        var chunked = context.Request.Headers.TransferEncoding.Any(
            value => value is not null && value.Contains("chunked", StringComparison.OrdinalIgnoreCase));
        return chunked
            ? SpotifyErrors.Result(StatusCodes.Status411LengthRequired, Message).ExecuteAsync(context)
            : next(context);
    }
}
