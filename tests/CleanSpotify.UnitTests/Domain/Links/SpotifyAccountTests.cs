using CleanSpotify.Domain.Links;

namespace CleanSpotify.UnitTests.Domain.Links;

public sealed class SpotifyAccountTests
{
    [Fact]
    public void FromProfile_WithAccountId_KeysByAccountId()
    {
        var account = SpotifyAccount.FromProfile("account-123", "user-abc", "Ada");

        account.AccountKey.Should().Be("account-123");
        account.UserId.Should().Be("user-abc");
        account.DisplayName.Should().Be("Ada");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void FromProfile_WithoutAccountId_FallsBackToUserId(string? accountId)
    {
        var account = SpotifyAccount.FromProfile(accountId, "user-abc", null);

        account.AccountKey.Should().Be("user-abc");
        account.DisplayName.Should().BeNull();
    }
}
