using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links.ExchangeCode;
using CleanSpotify.Application.TopLists.GetTopList;
using CleanSpotify.Tests.Shared.Builders;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.UnitTests.Application.Common.Behaviors;

public sealed class ValidationBehaviorTests
{
    [Fact]
    public async Task Handle_WithInvalidQuery_ReturnsValidationFailureWithoutRunningTheHandler()
    {
        await using var host = new ApplicationHost();
        host.Links.With(new SpotifyLinkBuilder().Build());

        var result = await host.Sender.Send(new GetTopListQuery(TopListKind.Tracks, (TimeRange)99, 0), TestContext.Current.CancellationToken);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.FieldErrors.Keys.Should().BeEquivalentTo("Range", "Page");
        result.Error.FieldErrors["Page"].Should().Equal("The page must be a whole number from 1 to 1000.");
        host.CurrentUser.Reads.Should().Be(1, "only the sign-in check reads it: the handler must not run");
        host.Links.Calls.Should().Be(0);
        host.TopItems.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WithInvalidCallback_TakesNoStateAndExchangesNothing()
    {
        await using var host = new ApplicationHost();

        var result = await host.Sender.Send(new ExchangeCodeCommand(null, "state", null), TestContext.Current.CancellationToken);

        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.FieldErrors.Keys.Should().Equal("Code");
        host.PendingAuthorizations.TakeCalls.Should().Be(0);
        host.Accounts.Exchanges.Should().BeEmpty();
    }
}
