namespace CleanSpotify.Tests.Shared;

/// <summary>
/// Fails any test whose request the site answers with a 5xx: no page may ever end in a server error. The one
/// exception is the deliberate 503 page that says Spotify is failing or rate-limiting, which is a designed answer.
/// </summary>
internal sealed class NoServerErrorsHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode >= 500)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && body.Contains("data-testid=\"problem-message\"", StringComparison.Ordinal))
            {
                return response;
            }

            throw new InvalidOperationException(
                $"{request.Method} {request.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        }

        return response;
    }
}
