using CleanSpotify.Application.Common.Behaviors;
using CleanSpotify.Application.TopLists.GetTopList;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.UnitTests.Application.Common.Behaviors;

public sealed class UnhandledExceptionBehaviorTests
{
    [Fact]
    public async Task Handle_WhenHandlerThrows_LogsOneErrorNamingTheUseCaseAndRethrowsMarked()
    {
        await using var host = new ApplicationHost();
        var failure = new InvalidOperationException("database is down");
        host.Links.FailWith = failure;

        var send = async () => await host.Sender.Send(new GetTopListQuery(TopListKind.Tracks, TimeRange.MediumTerm, 1), TestContext.Current.CancellationToken);

        (await send.Should().ThrowAsync<InvalidOperationException>()).Which.Should().BeSameAs(failure);
        LoggedExceptions.IsMarked(failure).Should().BeTrue();
        var error = host.Logs.GetSnapshot().Should().ContainSingle(r => r.Level >= LogLevel.Warning).Subject;
        error.Level.Should().Be(LogLevel.Error);
        error.Message.Should().Contain(nameof(GetTopListQuery));
        error.Exception.Should().BeSameAs(failure);
    }

    [Fact]
    public async Task Handle_WhenValidatorThrows_LogsItBecauseValidationRunsInside()
    {
        var failure = new InvalidOperationException("validator blew up");
        await using var host = new ApplicationHost(
            services => services.AddSingleton<IValidator<GetTopListQuery>>(new ThrowingValidator(failure)));

        var send = async () => await host.Sender.Send(new GetTopListQuery(TopListKind.Tracks, TimeRange.MediumTerm, 1), TestContext.Current.CancellationToken);

        await send.Should().ThrowAsync<InvalidOperationException>();
        LoggedExceptions.IsMarked(failure).Should().BeTrue();
        var error = host.Logs.GetSnapshot().Should().ContainSingle(r => r.Level == LogLevel.Error).Subject;
        error.Category.Should().Be($"{typeof(UnhandledExceptionBehavior<,>).Namespace}.UnhandledExceptionBehavior");
        host.Links.Calls.Should().Be(0);
    }

    [Fact]
    public async Task Handle_WhenCallerCancels_RethrowsWithoutLoggingAnError()
    {
        await using var host = new ApplicationHost();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await cancellation.CancelAsync();
        var cancelled = new OperationCanceledException(cancellation.Token);
        host.Links.FailWith = cancelled;

        var send = async () => await host.Sender.Send(new GetTopListQuery(TopListKind.Tracks, TimeRange.MediumTerm, 1), cancellation.Token);

        await send.Should().ThrowAsync<OperationCanceledException>();
        LoggedExceptions.IsMarked(cancelled).Should().BeFalse();
        host.Logs.GetSnapshot().Should().NotContain(r => r.Level >= LogLevel.Warning);
    }

    private sealed class ThrowingValidator(Exception failure) : AbstractValidator<GetTopListQuery>
    {
        public override Task<ValidationResult> ValidateAsync(
            ValidationContext<GetTopListQuery> context,
            CancellationToken cancellation = default) => throw failure;
    }
}
