using CleanSpotify.Application.Common.Results;
using CleanSpotify.Web.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>Where a validation failure's field messages go: next to the fields on a form, nowhere on other pages.</summary>
public sealed class ResultActionExtensionsTests
{
    private static readonly Error PasswordMissing = Error.Validation(
        "validation.failed", "Enter your password.", new Dictionary<string, string[]> { ["Password"] = ["Enter your password."] });

    private static readonly Error PasswordWrong = Error.Validation(
        "account.password_wrong", "That password is not right, so nothing was deleted.", new Dictionary<string, string[]> { ["Password"] = ["That password is not right."] });

    [Fact]
    public void ToErrorResult_ValidationWithFieldErrors_ShowsTheProblemPageAndCollectsNoFieldErrors()
    {
        using var controller = new FormController();

        var result = controller.ToErrorResult(PasswordMissing);

        result.Should().BeOfType<ViewResult>().Which.StatusCode.Should().Be(StatusCodes.Status400BadRequest);
        controller.ModelState.Should().BeEmpty();
    }

    [Fact]
    public async Task ToFormResultAsync_FieldSaysTheMessage_RedisplaysTheFormWith400AndTheMessageOnlyNextToTheField()
    {
        using var controller = new FormController();

        var result = await controller.ToFormResultAsync<int>(PasswordMissing, _ => new OkResult(), () => Task.FromResult<IActionResult>(controller.View("Form")));

        var view = result.Should().BeOfType<ViewResult>().Subject;
        view.ViewName.Should().Be("Form");
        view.StatusCode.Should().Be(StatusCodes.Status400BadRequest);
        controller.ModelState["Password"]!.Errors.Select(e => e.ErrorMessage).Should().Equal("Enter your password.");
        controller.ModelState.ContainsKey(string.Empty).Should().BeFalse("the field already says it");
    }

    [Fact]
    public async Task ToFormResultAsync_OverallMessageDiffers_PutsItInTheFormSummaryToo()
    {
        using var controller = new FormController();

        await controller.ToFormResultAsync<int>(PasswordWrong, _ => new OkResult(), () => Task.FromResult<IActionResult>(controller.View("Form")));

        controller.ModelState["Password"]!.Errors.Select(e => e.ErrorMessage).Should().Equal("That password is not right.");
        controller.ModelState[string.Empty]!.Errors.Select(e => e.ErrorMessage).Should().Equal("That password is not right, so nothing was deleted.");
    }

    [Fact]
    public async Task ToFormResultAsync_LinkAttemptToStartAgain_ShowsTheProblemPageWithTheLinkForm()
    {
        using var controller = new FormController();
        var redisplayed = false;

        var result = await controller.ToFormResultAsync<int>(
            Error.LinkAttemptFailed("link.code_rejected", "Please start linking again."),
            _ => new OkResult(),
            () =>
            {
                redisplayed = true;
                return Task.FromResult<IActionResult>(controller.View("Form"));
            });

        redisplayed.Should().BeFalse();
        result.Should().BeOfType<ViewResult>().Which.ViewName.Should().Be("Problem");
    }

    [Fact]
    public async Task ToFormResultAsync_Success_RunsTheSuccessBranch()
    {
        using var controller = new FormController();

        var result = await controller.ToFormResultAsync<int>(7, value => new ContentResult { Content = value.ToString(System.Globalization.CultureInfo.InvariantCulture) }, () => throw new InvalidOperationException("not a failure"));

        result.Should().BeOfType<ContentResult>().Which.Content.Should().Be("7");
    }

    private sealed class FormController : Controller;
}
