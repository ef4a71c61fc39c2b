using CleanSpotify.SpotifySandbox.Listeners;

namespace CleanSpotify.SpotifySandbox.WebApi;

/// <summary>The authenticated listener and granted scopes of a <c>/v1</c> request, set by <see cref="WebApiGateway"/>.</summary>
internal sealed record ApiCaller(ListenerLibrary Library, IReadOnlySet<string> Scopes)
{
    /// <summary>The caller the gateway set; only valid inside <c>/v1</c> endpoints.</summary>
    public static ApiCaller From(HttpContext context) =>
        context.Features.Get<ApiCaller>() ?? throw new InvalidOperationException("The Web API gateway did not run.");

    public bool HasScope(string scope) => Scopes.Contains(scope);
}
