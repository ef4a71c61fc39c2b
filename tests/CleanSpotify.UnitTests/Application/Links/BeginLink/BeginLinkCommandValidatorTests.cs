using CleanSpotify.Application.Links.BeginLink;
using FluentValidation.TestHelper;

namespace CleanSpotify.UnitTests.Application.Links.BeginLink;

public sealed class BeginLinkCommandValidatorTests
{
    private readonly BeginLinkCommandValidator _validator = new();

    [Theory]
    [InlineData("/top/tracks")]
    [InlineData("/top/tracks?range=short_term&page=2")]
    [InlineData("/")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_WithLocalOrNoReturnUrl_Passes(string? returnUrl)
    {
        var result = _validator.TestValidate(new BeginLinkCommand(returnUrl));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("//evil.com")]
    [InlineData("/\\evil.com")]
    [InlineData("https://evil.com")]
    [InlineData("evil.com/top")]
    [InlineData("/top\r\nSet-Cookie: x=1")]
    [InlineData("/top\ttracks")]
    [InlineData("/top\0")]
    public void Validate_WithNonLocalReturnUrl_FailsOnReturnUrl(string returnUrl)
    {
        var result = _validator.TestValidate(new BeginLinkCommand(returnUrl));

        result.ShouldHaveValidationErrorFor(c => c.ReturnUrl)
            .WithErrorMessage("The return address must be a page on this site.");
    }

    [Fact]
    public void Validate_WithOverlongReturnUrl_FailsOnReturnUrl()
    {
        var result = _validator.TestValidate(new BeginLinkCommand("/" + new string('a', 2048)));

        result.ShouldHaveValidationErrorFor(c => c.ReturnUrl);
    }

    [Theory]
    [InlineData("playlist-modify-private", true)]
    [InlineData("user-top-read", true)]
    [InlineData(null, true)]
    [InlineData("playlist-modify-private user-read-email", false)]
    [InlineData("PLAYLIST", false)]
    [InlineData("-scope", false)]
    public void Validate_AdditionalScope_MustBeOneScopeName(string? scope, bool valid)
    {
        var result = _validator.TestValidate(new BeginLinkCommand(null, scope));

        if (valid)
        {
            result.ShouldNotHaveValidationErrorFor(c => c.AdditionalScope);
        }
        else
        {
            result.ShouldHaveValidationErrorFor(c => c.AdditionalScope).WithErrorMessage("The permission asked for is not a Spotify scope name.");
        }
    }
}
