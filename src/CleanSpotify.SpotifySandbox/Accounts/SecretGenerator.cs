using System.Security.Cryptography;

namespace CleanSpotify.SpotifySandbox.Accounts;

/// <summary>Opaque, unguessable strings for codes and tokens.</summary>
internal static class SecretGenerator
{
    public static string Next(string prefix, int byteCount) =>
        prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(byteCount));

    public static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
