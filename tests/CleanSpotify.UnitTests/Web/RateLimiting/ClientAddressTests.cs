using System.Net;
using CleanSpotify.Web.RateLimiting;

namespace CleanSpotify.UnitTests.Web.RateLimiting;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3:3:4:5:6", "2001:db8:1:3::/64")]
    [InlineData("::1", "::/64")]
    public void PartitionKey_KeysIPv4ByAddressAndIPv6ByItsSlash64(string address, string expected) =>
        ClientAddress.PartitionKey(IPAddress.Parse(address)).Should().Be(expected);

    [Fact]
    public void PartitionKey_WithoutAnAddress_IsOneSharedKey() =>
        ClientAddress.PartitionKey(null).Should().Be("unknown");
}
