using System.Net.Http.Headers;
using System.Text.Json;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Infrastructure.IntegrationTests.Support;

namespace CleanSpotify.Infrastructure.IntegrationTests;

public sealed class SpotifyTopItemsReaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetTopTracksAsync_FirstPageOfJazzSoulMediumTerm_Returns50TracksRanked1To50OfTotal87()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");

        var result = await env.Host.GetTopTracksAsync(user.AppUserId, TimeRange.MediumTerm, offset: 0, limit: 50);

        result.IsSuccess.Should().BeTrue(result.Error?.Code);
        result.Value.Total.Should().Be(87);
        result.Value.Offset.Should().Be(0);
        result.Value.Items.Select(t => t.Rank).Should().Equal(Enumerable.Range(1, 50));
        result.Value.Items.Should().OnlyContain(t => t.Name.Length > 0 && t.Artists.Count > 0 && t.AlbumName.Length > 0);
        result.Value.Items.Select(t => t.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task GetTopTracksAsync_SecondPageOfJazzSoulMediumTerm_Returns37TracksRanked51To87()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        var first = await env.Host.GetTopTracksAsync(user.AppUserId, TimeRange.MediumTerm, offset: 0, limit: 50);

        var second = await env.Host.GetTopTracksAsync(user.AppUserId, TimeRange.MediumTerm, offset: 50, limit: 50);

        second.IsSuccess.Should().BeTrue(second.Error?.Code);
        second.Value.Total.Should().Be(87);
        second.Value.Offset.Should().Be(50);
        second.Value.Items.Should().HaveCount(37);
        second.Value.Items.Select(t => t.Rank).Should().Equal(Enumerable.Range(51, 37));
        second.Value.Items.Select(t => t.Id).Should().NotIntersectWith(first.Value.Items.Select(t => t.Id));
        env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/top/tracks").Should().HaveCount(2);
    }

    [Fact]
    public async Task GetTopTracksAsync_EachTimeRange_MapsToItsOwnSpotifyRange()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");

        var shortTerm = await env.Host.GetTopTracksAsync(user.AppUserId, TimeRange.ShortTerm);
        var mediumTerm = await env.Host.GetTopTracksAsync(user.AppUserId, TimeRange.MediumTerm);
        var longTerm = await env.Host.GetTopTracksAsync(user.AppUserId, TimeRange.LongTerm);

        // jazz-soul has 23 short-term, 87 medium-term and 50 long-term top tracks in the sandbox.
        shortTerm.Value.Total.Should().Be(23);
        mediumTerm.Value.Total.Should().Be(87);
        longTerm.Value.Total.Should().Be(50);
        var firstIds = new[] { shortTerm, mediumTerm, longTerm }.Select(r => string.Join(',', r.Value.Items.Take(10).Select(t => t.Id)));
        firstIds.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task GetTopTracksAsync_NewcomerWithoutHistory_ReturnsEmptyPage()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("newcomer");

        var result = await env.Host.GetTopTracksAsync(user.AppUserId);

        result.IsSuccess.Should().BeTrue(result.Error?.Code);
        result.Value.Items.Should().BeEmpty();
        result.Value.Total.Should().Be(0);
    }

    [Fact]
    public async Task GetTopTracksAsync_Track_MapsWireFieldsDurationAndImageNearest300Px()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("indie-electronic");
        var raw = await ReadRawTopTracksAsync(env, user.InitialTokens.AccessToken);

        var result = await env.Host.GetTopTracksAsync(user.AppUserId, TimeRange.MediumTerm, offset: 0, limit: 20);

        result.IsSuccess.Should().BeTrue(result.Error?.Code);
        var items = raw.GetProperty("items").EnumerateArray().ToArray();
        result.Value.Items.Should().HaveCount(items.Length).And.HaveCount(20);
        foreach (var (dto, wire) in result.Value.Items.Zip(items))
        {
            dto.Id.Should().Be(wire.GetProperty("id").GetString());
            dto.Name.Should().Be(wire.GetProperty("name").GetString());
            dto.Duration.Should().Be(TimeSpan.FromMilliseconds(wire.GetProperty("duration_ms").GetInt32()));
            dto.Artists.Should().Equal(wire.GetProperty("artists").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
            dto.AlbumName.Should().Be(wire.GetProperty("album").GetProperty("name").GetString());
            var image300 = wire.GetProperty("album").GetProperty("images").EnumerateArray()
                .Single(i => i.GetProperty("width").GetInt32() == 300).GetProperty("url").GetString();
            dto.ImageUrl.Should().Be(new Uri(image300!));
            dto.SpotifyUrl.Should().Be(new Uri(wire.GetProperty("external_urls").GetProperty("spotify").GetString()!));
        }
    }

    [Fact]
    public async Task GetTopTracksAsync_UserNeverLinked_ReturnsLinkNoneWithoutCallingSpotify()
    {
        await using var env = await TestEnvironment.StartAsync();
        var appUserId = await env.Host.CreateUserAsync();

        var result = await env.Host.GetTopTracksAsync(appUserId);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("link.none");
        env.SandboxState.ApiCalls.Should().BeEmpty();
        env.SandboxState.TokenRequestCount.Should().Be(0);
    }

    private static async Task<JsonElement> ReadRawTopTracksAsync(TestEnvironment env, string accessToken)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, env.ApiBaseUrl + "/me/top/tracks?time_range=medium_term&limit=20&offset=0");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request, Ct);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return document.RootElement.Clone();
    }
}
