using CleanSpotify.Application.Account.DeleteListeningHistory;

namespace CleanSpotify.Web.Controllers;

/// <summary>"Delete my listening history" on the account page: the stored plays and gaps go, the link and collection stay.</summary>
[Authorize]
public sealed class ListeningHistoryDeletionController(ISender sender) : Controller
{
    [HttpPost("history/delete")]
    [EnableRateLimiting(RateLimitPolicies.UserActions)]
    public async Task<IActionResult> Delete(CancellationToken cancellationToken)
    {
        var result = await sender.Send(new DeleteListeningHistoryCommand(), cancellationToken);
        return this.ToActionResult(result, deleted =>
        {
            TempData[SpotifyController.FlashKey] = deleted.PlaysDeleted == 1
                ? "Your listening history was deleted (1 play)."
                : $"Your listening history was deleted ({deleted.PlaysDeleted} plays).";
            return LocalRedirect("/spotify");
        });
    }
}
