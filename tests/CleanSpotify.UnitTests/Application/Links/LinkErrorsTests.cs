using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Links.ExchangeCode;

namespace CleanSpotify.UnitTests.Application.Links;

/// <summary>The page offers the fix from the error's typed detail, never from its code.</summary>
public sealed class LinkErrorsTests
{
    [Fact]
    public void LinkErrors_CarryTheProblemThePageOffersToFix()
    {
        LinkErrors.NotLinked.LinkProblem.Should().Be(LinkProblem.NotLinked);
        LinkErrors.MustReconnect.LinkProblem.Should().Be(LinkProblem.MustReconnect);
        LinkErrors.ScopeMissing.LinkProblem.Should().Be(LinkProblem.ScopeMissing);
    }

    [Fact]
    public void LinkAttemptsThatCannotFinish_AskToStartAgain()
    {
        ExchangeCodeCommandHandler.InvalidState.LinkProblem.Should().Be(LinkProblem.StartAgain);
        ExchangeCodeCommandHandler.ExpiredState.LinkProblem.Should().Be(LinkProblem.StartAgain);
        ExchangeCodeCommandHandler.AccountTaken.LinkProblem.Should().Be(LinkProblem.None);
    }
}
