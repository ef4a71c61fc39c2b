using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CleanSpotify.Application.Links;

/// <summary>The random values of an authorization request: <c>state</c> and the PKCE (S256) verifier and challenge.</summary>
internal static class AuthorizationSecrets
{
    /// <summary>256 random bits, URL-safe.</summary>
    public static string NewState() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>86 characters from the unreserved set, within PKCE's 43-128.</summary>
    public static string NewCodeVerifier() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(64));

    /// <summary>BASE64URL(SHA256(verifier)) without padding, as RFC 7636 S256 defines it.</summary>
    public static string CodeChallengeFor(string codeVerifier) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(codeVerifier)));
}
