using CleanSpotify.Application.Export;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// The CSV rules the exports rely on, checked on the writer itself: the sandbox's names never start with a formula
/// character nor hold quotes or line breaks, so the download tests cannot show these cases.
/// </summary>
public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTabbed", "'\tTabbed")]
    public void Field_StartingLikeAFormula_GetsALeadingApostrophe(string value, string expected) =>
        CsvWriter.Field(value).Should().Be(expected);

    [Theory]
    [InlineData("Earth, Wind & Fire", "\"Earth, Wind & Fire\"")]
    [InlineData("The \"Best\" Of", "\"The \"\"Best\"\" Of\"")]
    [InlineData("Line\nbreak", "\"Line\nbreak\"")]
    [InlineData("Carriage\r\nreturn", "\"Carriage\r\nreturn\"")]
    public void Field_HoldingACommaQuoteOrLineBreak_IsQuotedWithInnerQuotesDoubled(string value, string expected) =>
        CsvWriter.Field(value).Should().Be(expected);

    [Theory]
    [InlineData("Blue in Green", "Blue in Green")]
    [InlineData("Beyoncé", "Beyoncé")]
    [InlineData("A-ha", "A-ha")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Field_PlainValue_IsWrittenAsIs(string? value, string expected) =>
        CsvWriter.Field(value).Should().Be(expected);

    [Fact]
    public void Write_HeaderAndRows_EndsEveryLineWithCrLf()
    {
        var csv = CsvWriter.Write(["rank", "name"], [["1", "So What"], ["2", "=1+1"]]);

        csv.Should().Be("rank,name\r\n1,So What\r\n2,'=1+1\r\n");
    }
}
