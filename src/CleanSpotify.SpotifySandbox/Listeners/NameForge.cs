using System.Text.RegularExpressions;

namespace CleanSpotify.SpotifySandbox.Listeners;

/// <summary>Fills a listener's name patterns with words from their vocabulary, using a seeded generator.</summary>
internal sealed partial class NameForge(Random random, TasteVocabulary vocabulary)
{
    public string ArtistName() => Fill(Pick(vocabulary.ArtistPatterns));

    public string Title() => Fill(Pick(vocabulary.TitlePatterns));

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
