using CleanSpotify.Web.Sandbox;
using Microsoft.Extensions.Configuration;

namespace CleanSpotify.UnitTests.Web.Sandbox;

/// <summary>
/// Which configured listening addresses count as beyond loopback, for the refusal to run the sandbox on them (the
/// refusal itself is proven in <c>StartupConfigurationTests</c> of the functional suite).
/// </summary>
public sealed class ListenAddressesTests
{
    [Theory]
    [InlineData("Urls", "http://127.0.0.1:5000")]
    [InlineData("Urls", "http://127.0.0.1:5000;http://[::1]:5000;http://localhost:5001")]
    [InlineData("Urls", "https://LOCALHOST:5001")]
    [InlineData("Urls", "http://unix:/run/cleanspotify.sock")]
    [InlineData("Kestrel:Endpoints:Local:Url", "http://127.0.0.1:5002")]
    [InlineData("Kestrel:Endpoints:Local:Url", "http://[::1]:5002")]
    public void FirstBeyondLoopback_LoopbackOnly_IsNull(string key, string value) =>
        ListenAddresses.FirstBeyondLoopback(Configuration((key, value))).Should().BeNull();

    [Fact]
    public void FirstBeyondLoopback_NothingConfigured_IsNull() =>
        ListenAddresses.FirstBeyondLoopback(Configuration()).Should().BeNull("Kestrel then listens on localhost:5000");

    [Theory]
    [InlineData("Urls", "http://0.0.0.0:5000", "Urls", "http://0.0.0.0:5000")]
    [InlineData("Urls", "http://127.0.0.1:5000;http://*:5000", "Urls", "http://*:5000")]
    [InlineData("Urls", "http://+:80", "Urls", "http://+:80")]
    [InlineData("Urls", "http://[::]:80", "Urls", "http://[::]:80")]
    [InlineData("Urls", "http://cleanspotify.example:5000", "Urls", "http://cleanspotify.example:5000")]
    [InlineData("Urls", "http://192.168.1.20:5000", "Urls", "http://192.168.1.20:5000")]
    [InlineData("HTTP_PORTS", "8080", "HTTP_PORTS", "http://*:8080")]
    [InlineData("HTTPS_PORTS", "8443", "HTTPS_PORTS", "https://*:8443")]
    [InlineData("Kestrel:Endpoints:Public:Url", "https://0.0.0.0:443", "Kestrel:Endpoints:Public:Url", "https://0.0.0.0:443")]
    public void FirstBeyondLoopback_AnAddressBeyondLoopback_NamesItAndItsKey(string key, string value, string namedKey, string namedUrl) =>
        ListenAddresses.FirstBeyondLoopback(Configuration((key, value))).Should().Be((namedKey, namedUrl));

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
