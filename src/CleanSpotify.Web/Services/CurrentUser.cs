using System.Security.Claims;
using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.Web.Services;

/// <summary>The signed-in Identity user of the current HTTP request.</summary>
internal sealed class CurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    public string? Id => httpContextAccessor.HttpContext?.User is { Identity.IsAuthenticated: true } user
        ? user.FindFirstValue(ClaimTypes.NameIdentifier)
        : null;
}
