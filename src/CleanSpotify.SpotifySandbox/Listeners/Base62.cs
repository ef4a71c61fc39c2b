namespace CleanSpotify.SpotifySandbox.Listeners;

/// <summary>Spotify-style base62 identifiers.</summary>
internal static class Base62
{
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string Next(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    public static bool IsId(string value) =>
        value.Length == 22 && value.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
