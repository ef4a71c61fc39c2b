using CleanSpotify.Application.Links.ExchangeCode;

namespace CleanSpotify.UnitTests.Application.Links.ExchangeCode;

public sealed class ExchangeCodeCommandTests
{
    [Fact]
    public void ToString_WithCodeAndState_RedactsBoth()
    {
        var command = new ExchangeCodeCommand("secret-code-123", "secret-state-456", null);

        var text = command.ToString();

        text.Should().NotContain("secret-code-123").And.NotContain("secret-state-456");
        text.Should().Contain("[redacted]");
    }
}
