using CleanSpotify.Application.Export;

namespace CleanSpotify.Application.UnitTests.Export;

public sealed class CsvWriterTests
{
    [Fact]
    public void Write_HeaderAndRows_EndsEveryLineWithCrLf()
    {
        var csv = CsvWriter.Write(["rank", "name"], [["1", "Yellow"], ["2", "Clocks"]]);

        csv.Should().Be("rank,name\r\n1,Yellow\r\n2,Clocks\r\n");
    }

    [Fact]
    public void Write_WithNoRows_WritesOnlyTheHeader()
    {
        CsvWriter.Write(["rank", "name"], []).Should().Be("rank,name\r\n");
    }

    [Fact]
    public void Write_EmptyFields_StayEmpty()
    {
        CsvWriter.Write(["a", "b", "c"], [["", "x", ""]]).Should().Be("a,b,c\r\n,x,\r\n");
    }

    [Theory]
    [InlineData("Yellow", "Yellow")]
    [InlineData("Sigur Rós", "Sigur Rós")]
    [InlineData("it's", "it's")]
    [InlineData("a;b", "a;b")]
    public void Field_WithNothingSpecial_IsWrittenAsIs(string value, string expected)
    {
        CsvWriter.Field(value).Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Field_NullOrEmpty_IsEmpty(string? value)
    {
        CsvWriter.Field(value).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Simon, Garfunkel", "\"Simon, Garfunkel\"")]
    [InlineData("Say \"hi\"", "\"Say \"\"hi\"\"\"")]
    [InlineData("\"", "\"\"\"\"")]
    [InlineData("line1\nline2", "\"line1\nline2\"")]
    [InlineData("line1\r\nline2", "\"line1\r\nline2\"")]
    public void Field_WithCommaQuoteOrLineBreak_IsQuotedWithInnerQuotesDoubled(string value, string expected)
    {
        CsvWriter.Field(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")]
    public void Field_StartingLikeAFormula_GetsALeadingApostropheThenQuoting(string value, string expected)
    {
        CsvWriter.Field(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("a=b")]
    [InlineData("Jay-Z")]
    [InlineData("AC/DC + friends")]
    public void Field_WithFormulaCharactersInside_IsLeftAlone(string value)
    {
        CsvWriter.Field(value).Should().Be(value);
    }

    [Fact]
    public void Write_NeutralisesHeaderAndRowFieldsAlike()
    {
        CsvWriter.Write(["=h"], [["=r"]]).Should().Be("'=h\r\n'=r\r\n");
    }
}
