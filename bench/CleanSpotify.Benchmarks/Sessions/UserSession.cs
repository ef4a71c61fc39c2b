using System.Net;

namespace CleanSpotify.Benchmarks.Sessions;

/// <summary>One browser: its own cookies (sign-in, antiforgery) and connections, redirects not followed.</summary>
internal sealed class UserSession : IDisposable
{
    public UserSession(Uri baseAddress, string email)
    {
        Email = email;
        Client = new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = Cookies,
            UseCookies = true,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public string Email { get; }

    public HttpClient Client { get; }

    /// <summary>The session's cookies (sign-in and antiforgery), as a browser would send them to the site.</summary>
    public string CookieHeader => Cookies.GetCookieHeader(Client.BaseAddress!);

    private CookieContainer Cookies { get; } = new();

    public void Dispose() => Client.Dispose();
}
