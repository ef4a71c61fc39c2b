using System.Security.Cryptography;
using System.Text;

namespace CleanSpotify.SpotifySandbox.Accounts;

/// <summary>
/// Pending consent requests, codes, access tokens and refresh tokens, behind one lock. Implements the grant rules
/// of <c>POST /api/token</c> so that checking and consuming a code or token is atomic.
/// </summary>
internal sealed class GrantStore(SandboxOptions options, TimeProvider timeProvider)
{
    private static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(30);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, PendingAuthorization> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuthorizationCodeGrant> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccessTokenGrant> _accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RefreshTokenGrant> _refreshTokens = new(StringComparer.Ordinal);
    private readonly List<string> _issuedSecrets = [];

    public IReadOnlyList<string> IssuedSecrets => _lock.Read(() => _issuedSecrets.ToArray());

    public string AddPending(string redirectUri, IReadOnlyList<string> scopes, string? state, string? codeChallenge)
    {
        var requestId = SecretGenerator.Next("req_", 18);
        lock (_lock)
        {
            _pending[requestId] = new PendingAuthorization(redirectUri, scopes, state, codeChallenge, timeProvider.GetUtcNow() + PendingLifetime);
        }

        return requestId;
    }

    public PendingAuthorization? FindPending(string requestId)
    {
        lock (_lock)
        {
            return _pending.TryGetValue(requestId, out var pending) && pending.ExpiresAt > timeProvider.GetUtcNow() ? pending : null;
        }
    }

    public PendingAuthorization? TakePending(string requestId)
    {
        lock (_lock)
        {
            var pending = FindPending(requestId);
            _pending.Remove(requestId);
            return pending;
        }
    }

    public string IssueCode(PendingAuthorization pending, string listenerKey)
    {
        var now = timeProvider.GetUtcNow();
        var code = SecretGenerator.Next("AQ", 96);
        lock (_lock)
        {
            _codes[code] = new AuthorizationCodeGrant(
                listenerKey, pending.Scopes, pending.RedirectUri, pending.CodeChallenge, now, now + options.AuthorizationCodeLifetime);
            _issuedSecrets.Add(code);
        }

        return code;
    }

    public TokenOutcome ExchangeCode(string? code, string? redirectUri, string? codeVerifier, bool clientHasSecret)
    {
        lock (_lock)
        {
            if (string.IsNullOrEmpty(code) || !_codes.TryGetValue(code, out var grant))
            {
                return TokenOutcome.Failure("invalid_grant", "Invalid authorization code");
            }

            if (grant.Used)
            {
                RevokeIssuedFrom(grant);
                return TokenOutcome.Failure("invalid_grant", "Invalid authorization code");
            }

            if (timeProvider.GetUtcNow() >= grant.ExpiresAt)
            {
                return TokenOutcome.Failure("invalid_grant", "Authorization code expired");
            }

            if (!string.Equals(redirectUri, grant.RedirectUri, StringComparison.Ordinal))
            {
                return TokenOutcome.Failure("invalid_grant", "Invalid redirect URI");
            }

            if (grant.CodeChallenge is null && !clientHasSecret)
            {
                return TokenOutcome.Failure("invalid_client", null);
            }

            if (grant.CodeChallenge is not null)
            {
                if (string.IsNullOrEmpty(codeVerifier))
                {
                    return TokenOutcome.Failure("invalid_request", "code_verifier required");
                }

                if (!VerifierMatches(codeVerifier, grant.CodeChallenge))
                {
                    return TokenOutcome.Failure("invalid_grant", "code_verifier was incorrect");
                }
            }

            grant.Used = true;
            var accessToken = IssueAccessToken(grant.ListenerKey, grant.Scopes);
            var refreshToken = IssueRefreshToken(new RefreshTokenGrant(grant.ListenerKey, grant.Scopes, grant.IssuedAt, !clientHasSecret));
            grant.IssuedTokens.Add(accessToken);
            grant.IssuedTokens.Add(refreshToken);
            return TokenOutcome.Success(CreateResponse(accessToken, grant.Scopes, refreshToken));
        }
    }

    public TokenOutcome Refresh(string? refreshToken, bool clientHasSecret, RefreshTokenMode mode)
    {
        lock (_lock)
        {
            if (string.IsNullOrEmpty(refreshToken) || !_refreshTokens.TryGetValue(refreshToken, out var grant))
            {
                return TokenOutcome.Failure("invalid_grant", "Invalid refresh token");
            }

            if (!clientHasSecret && !grant.IssuedToPublicClient)
            {
                return TokenOutcome.Failure("invalid_client", null);
            }

            if (grant.Revoked || timeProvider.GetUtcNow() >= grant.AuthorizedAt + options.RefreshTokenLifetime)
            {
                return TokenOutcome.Failure("invalid_grant", "Refresh token revoked");
            }

            var accessToken = IssueAccessToken(grant.ListenerKey, grant.Scopes);
            string? rotated = null;
            if (mode == RefreshTokenMode.Rotate)
            {
                grant.Revoked = true;
                rotated = IssueRefreshToken(new RefreshTokenGrant(grant.ListenerKey, grant.Scopes, grant.AuthorizedAt, grant.IssuedToPublicClient));
            }

            return TokenOutcome.Success(CreateResponse(accessToken, grant.Scopes, rotated));
        }
    }

    /// <summary>
    /// The tokens a consent to <paramref name="scopes"/> and a code exchange with the client secret would give,
    /// without either.
    /// </summary>
    public SandboxTokens IssueWithoutConsent(string listenerKey, IReadOnlyList<string> scopes)
    {
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            var accessToken = IssueAccessToken(listenerKey, scopes);
            var refreshToken = IssueRefreshToken(new RefreshTokenGrant(listenerKey, scopes, now, issuedToPublicClient: false));
            return new SandboxTokens(accessToken, refreshToken, now + options.AccessTokenLifetime);
        }
    }

    /// <summary>The grant behind a bearer token, or null when it is unknown or expired.</summary>
    public AccessTokenGrant? FindActiveAccessToken(string token)
    {
        lock (_lock)
        {
            return _accessTokens.TryGetValue(token, out var grant) && grant.ExpiresAt > timeProvider.GetUtcNow() ? grant : null;
        }
    }

    public void ExpireAccessTokens(string? listenerKey)
    {
        var past = timeProvider.GetUtcNow() - TimeSpan.FromSeconds(1);
        lock (_lock)
        {
            foreach (var grant in _accessTokens.Values.Where(g => listenerKey is null || g.ListenerKey == listenerKey))
            {
                grant.ExpiresAt = past;
            }
        }
    }

    public void RevokeRefreshTokens(string? listenerKey)
    {
        lock (_lock)
        {
            foreach (var grant in _refreshTokens.Values.Where(g => listenerKey is null || g.ListenerKey == listenerKey))
            {
                grant.Revoked = true;
            }
        }
    }

    private static bool VerifierMatches(string verifier, string challenge)
    {
        var expected = SecretGenerator.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(challenge));
    }

    private TokenResponse CreateResponse(string accessToken, IReadOnlyList<string> scopes, string? refreshToken) =>
        new(accessToken, "Bearer", string.Join(' ', scopes), (int)options.AccessTokenLifetime.TotalSeconds, refreshToken);

    private string IssueAccessToken(string listenerKey, IReadOnlyList<string> scopes)
    {
        var token = SecretGenerator.Next("BQ", 96);
        _accessTokens[token] = new AccessTokenGrant(
            listenerKey, scopes.ToHashSet(StringComparer.Ordinal), timeProvider.GetUtcNow() + options.AccessTokenLifetime);
        _issuedSecrets.Add(token);
        return token;
    }

    private string IssueRefreshToken(RefreshTokenGrant grant)
    {
        var token = SecretGenerator.Next("AQ", 96);
        _refreshTokens[token] = grant;
        _issuedSecrets.Add(token);
        return token;
    }

    private void RevokeIssuedFrom(AuthorizationCodeGrant code)
    {
        var past = timeProvider.GetUtcNow() - TimeSpan.FromSeconds(1);
        foreach (var token in code.IssuedTokens)
        {
            if (_accessTokens.TryGetValue(token, out var access))
            {
                access.ExpiresAt = past;
            }

            if (_refreshTokens.TryGetValue(token, out var refresh))
            {
                refresh.Revoked = true;
            }
        }
    }
}

/// <summary>Opaque, unguessable strings for codes and tokens.</summary>
internal static class SecretGenerator
{
    public static string Next(string prefix, int byteCount) =>
        prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(byteCount));

    public static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
