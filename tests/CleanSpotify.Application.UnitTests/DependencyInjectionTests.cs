using CleanSpotify.Application.Common.Behaviors;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links.BeginLink;
using CleanSpotify.Application.Links.ExchangeCode;
using CleanSpotify.Application.Links.GetLinkStatus;
using CleanSpotify.Application.Tracks.GetTopTracks;
using CleanSpotify.Application.UnitTests.Fakes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Application.UnitTests;

public sealed class DependencyInjectionTests
{
    private static readonly Type[] ExpectedPipeline =
        [typeof(LoggingBehavior<,>), typeof(UnhandledExceptionBehavior<,>), typeof(ValidationBehavior<,>)];

    [Fact]
    public async Task AddApplication_PipelineBehaviors_AreLoggingThenUnhandledExceptionThenValidation()
    {
        await using var host = new ApplicationHost();

        BehaviorsOf<GetTopTracksQuery, Result<TopTracksPageDto>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<BeginLinkCommand, Result<AuthorizeRedirectDto>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<ExchangeCodeCommand, Result<LinkedDto>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<GetLinkStatusQuery, Result<LinkStatusDto>>(host).Should().Equal(ExpectedPipeline);
    }

    private static IEnumerable<Type> BehaviorsOf<TMessage, TResponse>(ApplicationHost host)
        where TMessage : IMessage =>
        host.Services.GetServices<IPipelineBehavior<TMessage, TResponse>>().Select(b => b.GetType().GetGenericTypeDefinition());
}
