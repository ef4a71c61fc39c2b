using CleanSpotify.Domain.Links;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Domain.Links;

public sealed class PendingAuthorizationTests
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void IsExpired_AsTimePasses_ExpiresAtTenMinutes()
    {
        var time = new FakeTimeProvider(CreatedAt);
        var pending = new PendingAuthorization("state", "app-user-1", "verifier", "/top/tracks", time.GetUtcNow());

        time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));
        pending.IsExpired(time.GetUtcNow()).Should().BeFalse();

        time.Advance(TimeSpan.FromTicks(1));
        pending.IsExpired(time.GetUtcNow()).Should().BeTrue();
        pending.ExpiresAt.Should().Be(CreatedAt.AddMinutes(10));
    }

    [Fact]
    public void ToString_Always_HidesStateAndVerifier()
    {
        var pending = new PendingAuthorization("secret-state", "app-user-1", "secret-verifier", null, CreatedAt);

        var text = pending.ToString();

        text.Should().NotContain("secret-state").And.NotContain("secret-verifier");
        text.Should().Contain("app-user-1");
    }
}
