using System.Text;
using CleanSpotify.Application.Export;

namespace CleanSpotify.UnitTests.Application.Export;

public sealed class CsvFileTests
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void Write_HeaderAndRows_StartsWithAByteOrderMarkAndEndsEveryLineWithCrLf()
    {
        var content = CsvFile.Write(["rank", "name"], [["1", "Beyoncé"], ["2", "Clocks"]]);

        content.Should().StartWith(ByteOrderMark);
        Text(content).Should().Be("rank,name\r\n1,Beyoncé\r\n2,Clocks\r\n");
    }

    [Fact]
    public void Write_WithNoRows_WritesOnlyTheHeader()
    {
        Text(CsvFile.Write(["rank", "name"], [])).Should().Be("rank,name\r\n");
    }

    [Fact]
    public void Write_EmptyFields_StayEmpty()
    {
        Text(CsvFile.Write(["a", "b", "c"], [["", "x", ""]])).Should().Be("a,b,c\r\n,x,\r\n");
    }

    [Theory]
    [InlineData("Yellow", "Yellow")]
    [InlineData("Sigur Rós", "Sigur Rós")]
    [InlineData("it's", "it's")]
    [InlineData("a;b", "a;b")]
    public void Field_WithNothingSpecial_IsWrittenAsIs(string value, string expected)
    {
        Field(value).Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Field_NullOrEmpty_IsEmpty(string? value)
    {
        Field(value).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Simon, Garfunkel", "\"Simon, Garfunkel\"")]
    [InlineData("Say \"hi\"", "\"Say \"\"hi\"\"\"")]
    [InlineData("\"", "\"\"\"\"")]
    [InlineData("line1\nline2", "\"line1\nline2\"")]
    [InlineData("line1\r\nline2", "\"line1\r\nline2\"")]
    public void Field_WithCommaQuoteOrLineBreak_IsQuotedWithInnerQuotesDoubled(string value, string expected)
    {
        Field(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+1", "\"'+1\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")]
    public void Field_StartingLikeAFormula_GetsALeadingApostropheAndQuotes(string value, string expected)
    {
        Field(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("a=b")]
    [InlineData("Jay-Z")]
    [InlineData("AC/DC + friends")]
    public void Field_WithFormulaCharactersInside_IsLeftAlone(string value)
    {
        Field(value).Should().Be(value);
    }

    [Fact]
    public void Write_NeutralisesHeaderAndRowFieldsAlike()
    {
        Text(CsvFile.Write(["=h"], [["=r"]])).Should().Be("\"'=h\"\r\n\"'=r\"\r\n");
    }

    /// <summary>The file as text, after its byte-order mark.</summary>
    private static string Text(byte[] content) => Encoding.UTF8.GetString(content.AsSpan(ByteOrderMark.Length));

    /// <summary>How <paramref name="value"/> is written as the first field of a row.</summary>
    private static string Field(string? value)
    {
        var text = Text(CsvFile.Write(["name", "id"], [[value!, "1"]]));
        return text["name,id\r\n".Length..^",1\r\n".Length];
    }
}
