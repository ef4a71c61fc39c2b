using CleanSpotify.Application.Listening.SetTimeZone;

namespace CleanSpotify.Web.Controllers;

/// <summary>The time-zone form of the account page.</summary>
[Authorize]
public sealed class TimeZoneController(ISender sender, TimeProvider timeProvider) : Controller
{
    /// <summary>
    /// <c>POST /account/timezone</c> with <c>TimeZone</c> (an IANA id): saved, back to the account page; an unknown
    /// id re-renders the account page with a 400 and the message beside the field.
    /// </summary>
    [HttpPost("account/timezone")]
    [EnableRateLimiting(RateLimitPolicies.UserActions)]
    public async Task<IActionResult> Set([FromForm(Name = "TimeZone")] string? timeZone, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SetTimeZoneCommand(timeZone), cancellationToken);
        return await this.ToFormResultAsync(
            result,
            id =>
            {
                TempData[SpotifyController.FlashKey] = $"Time zone set to {id}. History and stats now use its days and hours.";
                return LocalRedirect("/spotify");
            },
            () => SpotifyController.AccountPageAsync(this, sender, timeProvider, cancellationToken));
    }
}
