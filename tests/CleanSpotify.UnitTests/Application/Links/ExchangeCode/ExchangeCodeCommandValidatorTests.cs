using CleanSpotify.Application.Links.ExchangeCode;
using FluentValidation.TestHelper;

namespace CleanSpotify.UnitTests.Application.Links.ExchangeCode;

public sealed class ExchangeCodeCommandValidatorTests
{
    private readonly ExchangeCodeCommandValidator _validator = new();

    [Fact]
    public void Validate_WithCodeAndState_Passes()
    {
        var result = _validator.TestValidate(new ExchangeCodeCommand("code", "state", null));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_WithoutState_FailsOnState(string? state)
    {
        var result = _validator.TestValidate(new ExchangeCodeCommand("code", state, null));

        result.ShouldHaveValidationErrorFor(c => c.State);
        result.ShouldNotHaveValidationErrorFor(c => c.Code);
    }

    [Fact]
    public void Validate_WithoutCodeOrError_FailsOnCode()
    {
        var result = _validator.TestValidate(new ExchangeCodeCommand(null, "state", null));

        result.ShouldHaveValidationErrorFor(c => c.Code)
            .WithErrorMessage("Spotify's answer did not include an authorization code. Please start linking again.");
    }

    [Fact]
    public void Validate_WithErrorInsteadOfCode_Passes()
    {
        var result = _validator.TestValidate(new ExchangeCodeCommand(null, "state", "access_denied"));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(2049, 1, 1, "State")]
    [InlineData(1, 2049, 1, "Code")]
    [InlineData(1, 1, 257, "Error")]
    public void Validate_WithOverlongValue_FailsOnThatValue(int stateLength, int codeLength, int errorLength, string property)
    {
        var command = new ExchangeCodeCommand(new string('c', codeLength), new string('s', stateLength), new string('e', errorLength));

        var result = _validator.TestValidate(command);

        result.Errors.Select(e => e.PropertyName).Should().Equal(property);
    }

    [Fact]
    public void Validate_WithValuesAtMaximumLength_Passes()
    {
        var command = new ExchangeCodeCommand(new string('c', 2048), new string('s', 2048), new string('e', 256));

        var result = _validator.TestValidate(command);

        result.ShouldNotHaveAnyValidationErrors();
    }
}
