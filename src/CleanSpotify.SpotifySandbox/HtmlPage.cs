using System.Text;

namespace CleanSpotify.SpotifySandbox;

/// <summary>The shell the consent page and the admin page share: head, styles and the page heading.</summary>
internal static class HtmlPage
{
    public static StringBuilder Begin(string title, string style) => new StringBuilder()
        .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<link rel=\"icon\" href=\"data:,\">\n")
        .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .Append("<title>Spotify sandbox – ").Append(title).Append("</title>\n<style>\n").Append(style)
        .Append("</style>\n</head>\n<body>\n<main>\n<h1>Spotify sandbox</h1>\n");

    public static string End(StringBuilder page) => page.Append("</main>\n</body>\n</html>\n").ToString();
}
