using CleanSpotify.Application.Refresh.RefreshSpotifyData;
using FluentValidation.TestHelper;

namespace CleanSpotify.UnitTests.Application.Refresh.RefreshSpotifyData;

public sealed class RefreshSpotifyDataCommandValidatorTests
{
    private const string OffSite = "The return address must be a page on this site.";

    private readonly RefreshSpotifyDataCommandValidator _validator = new();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/top/tracks")]
    [InlineData("/top/artists?range=short_term&page=2")]
    public void Validate_WithNoOrLocalReturnUrl_Passes(string? returnUrl)
    {
        _validator.TestValidate(new RefreshSpotifyDataCommand(returnUrl)).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("//evil")]
    [InlineData("//evil.example/top/tracks")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("http://127.0.0.1:5000/top/tracks")]
    [InlineData("javascript:alert(1)")]
    [InlineData("top/tracks")]
    [InlineData(" /top/tracks")]
    [InlineData("/top\r\nSet-Cookie: a=b")]
    public void Validate_WithOffSiteOrMalformedReturnUrl_FailsOnReturnUrl(string returnUrl)
    {
        var result = _validator.TestValidate(new RefreshSpotifyDataCommand(returnUrl));

        result.ShouldHaveValidationErrorFor(c => c.ReturnUrl).WithErrorMessage(OffSite);
    }

    [Fact]
    public void Validate_WithOverlongLocalReturnUrl_Fails()
    {
        var result = _validator.TestValidate(new RefreshSpotifyDataCommand("/" + new string('a', 2048)));

        result.ShouldHaveValidationErrorFor(c => c.ReturnUrl).WithErrorMessage(OffSite);
    }
}
