using System.Web;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>
/// A site whose consent requests leave out <see cref="WithheldScope"/> while <see cref="Withhold"/> is set: a link
/// made then has the permissions of a site that did not ask for it yet (the sandbox grants exactly what is asked).
/// </summary>
public sealed class WithheldScopeFactory : CleanSpotifyWebApplicationFactory
{
    public const string WithheldScope = "playlist-modify-private";

    public bool Withhold { get; set; } = true;

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(ISpotifyAccountsService));
        services.Remove(original);
        services.AddScoped<ISpotifyAccountsService>(provider => new WithholdingAccountsService(
            (ISpotifyAccountsService)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!), this));
    }

    private sealed class WithholdingAccountsService(ISpotifyAccountsService inner, WithheldScopeFactory factory) : ISpotifyAccountsService
    {
        public Uri BuildAuthorizeUri(string state, string codeChallenge)
        {
            var uri = inner.BuildAuthorizeUri(state, codeChallenge);
            if (!factory.Withhold)
            {
                return uri;
            }

            var query = HttpUtility.ParseQueryString(uri.Query);
            query["scope"] = string.Join(' ', (query["scope"] ?? string.Empty).Split(' ').Where(s => s != WithheldScope));
            return new UriBuilder(uri) { Query = string.Join('&', query.AllKeys.Select(k => $"{k}={Uri.EscapeDataString(query[k]!)}")) }.Uri;
        }

        public Task<Result<AuthorizationGrant>> ExchangeCodeAsync(string code, string codeVerifier, CancellationToken cancellationToken) =>
            inner.ExchangeCodeAsync(code, codeVerifier, cancellationToken);
    }
}
