using System.Text.RegularExpressions;

namespace CleanSpotify.SpotifySandbox.Listeners;

/// <summary>
/// Fills a listener's name patterns with words from their vocabulary, using a seeded generator. Titles are unique
/// within one listener's catalogue as far as the vocabulary allows, so a top list does not repeat a name, and start
/// with a capital letter.
/// </summary>
internal sealed partial class NameForge(Random random, TasteVocabulary vocabulary)
{
    private const int TitleAttempts = 40;

    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);

    public string ArtistName() => Fill(Pick(vocabulary.ArtistPatterns));

    public string Title()
    {
        var title = Fill(Pick(vocabulary.TitlePatterns));
        for (var attempt = 1; attempt < TitleAttempts && !_titles.Add(title); attempt++)
        {
            title = Fill(Pick(vocabulary.TitlePatterns));
        }

        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private string Fill(string pattern) => PlaceholderRegex().Replace(pattern, match => match.Groups[1].Value switch
    {
        "first" => Pick(vocabulary.FirstNames),
        "last" => Pick(vocabulary.LastNames),
        "adj" => Pick(vocabulary.Adjectives),
        "noun" => Pick(vocabulary.Nouns),
        _ => Pick(vocabulary.Places),
    });

    [GeneratedRegex(@"\{(first|last|adj|noun|place)\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderRegex();
}

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
