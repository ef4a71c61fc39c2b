using System.Text;
using CleanSpotify.Application.Export;

namespace CleanSpotify.UnitTests.Application.Export;

/// <summary>Reads an export's bytes back as the tests assert on them.</summary>
internal static class ExportText
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The CSV's lines, after checking the file starts with a UTF-8 byte-order mark and ends every line with CRLF.</summary>
    public static string[] CsvLines(ExportFileDto file)
    {
        file.Content.Take(3).Should().Equal(Utf8Bom, "spreadsheets need the BOM to read accented names");
        var text = Encoding.UTF8.GetString(file.Content, 3, file.Content.Length - 3);
        text.Should().EndWith("\r\n");
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n", "every line ends with CRLF");
        return text[..^2].Split("\r\n");
    }
}
