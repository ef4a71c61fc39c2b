using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Refresh.RefreshSpotifyData;
using CleanSpotify.UnitTests.Application.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.Refresh.RefreshSpotifyData;

public sealed class RefreshSpotifyDataCommandHandlerTests
{
    private const string OtherUser = "app-user-2";
    private const string Key = "top:Tracks:MediumTerm:1";
    private static readonly Guid LinkId = Guid.NewGuid();

    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakeSpotifyReadCache _cache = new(new FakeTimeProvider(ApplicationHost.Start));

    [Fact]
    public async Task Handle_WhenSignedIn_MakesOnlyThatUsersNextReadsGoToSpotify()
    {
        await ReadAsync(FakeCurrentUser.DefaultId);
        await ReadAsync(OtherUser);

        var result = await Handle(new RefreshSpotifyDataCommand(null));

        result.IsSuccess.Should().BeTrue();
        _cache.ExpiredUsers.Should().Equal(FakeCurrentUser.DefaultId);
        (await ReadAsync(FakeCurrentUser.DefaultId)).FromCache.Should().BeFalse("the refreshed user's read goes to Spotify");
        (await ReadAsync(OtherUser)).FromCache.Should().BeTrue("another user's cache is untouched");
        _cache.Fetches.Should().Be(3);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Handle_WithoutReturnUrl_ReturnsTopTracks(string? returnUrl)
    {
        var result = await Handle(new RefreshSpotifyDataCommand(returnUrl));

        result.Value.Should().Be("/top/tracks");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/top/artists?range=short_term&page=2")]
    [InlineData("/history/tracks/abc?range=long_term")]
    public async Task Handle_WithLocalReturnUrl_ReturnsIt(string returnUrl)
    {
        var result = await Handle(new RefreshSpotifyDataCommand(returnUrl));

        result.Value.Should().Be(returnUrl);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/top/tracks")]
    [InlineData("/\\evil.example")]
    public async Task Send_WithOffSiteReturnUrl_FailsValidationAndExpiresNothing(string returnUrl)
    {
        await using var host = new ApplicationHost();

        var result = await host.Sender.Send(new RefreshSpotifyDataCommand(returnUrl), TestContext.Current.CancellationToken);

        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.FieldErrors.Keys.Should().Equal("ReturnUrl");
        host.CurrentUser.Reads.Should().Be(1, "only the sign-in check reads it: the handler must not run");
        host.ReadCache.ExpiredUsers.Should().BeEmpty();
    }

    [Fact]
    public async Task Send_WithLocalReturnUrl_ExpiresTheUserAndReturnsIt()
    {
        await using var host = new ApplicationHost();

        var result = await host.Sender.Send(new RefreshSpotifyDataCommand("/top/artists"), TestContext.Current.CancellationToken);

        result.Value.Should().Be("/top/artists");
        host.ReadCache.ExpiredUsers.Should().Equal(FakeCurrentUser.DefaultId);
    }

    private async Task<CachedRead<string>> ReadAsync(string appUserId)
    {
        var read = await _cache.GetOrFetchAsync(
            new LinkedSpotifyUser(appUserId, LinkId),
            Key,
            _ => Task.FromResult(Result<string>.Success($"top tracks of {appUserId}")),
            TestContext.Current.CancellationToken);
        return read.Value;
    }

    private async Task<Result<string>> Handle(RefreshSpotifyDataCommand command) =>
        await new RefreshSpotifyDataCommandHandler(_currentUser, _cache).Handle(command, TestContext.Current.CancellationToken);
}
