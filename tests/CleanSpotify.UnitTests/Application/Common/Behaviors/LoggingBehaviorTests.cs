using CleanSpotify.Application.Common.Behaviors;
using CleanSpotify.Application.Links.BeginLink;
using CleanSpotify.Application.Links.ExchangeCode;
using CleanSpotify.Application.TopLists.GetTopList;
using CleanSpotify.Tests.Shared.Builders;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CleanSpotify.UnitTests.Application.Common.Behaviors;

public sealed class LoggingBehaviorTests
{
    // ILogger<T> names its category after T without generic arguments.
    private static readonly string LoggingCategory = $"{typeof(LoggingBehavior<,>).Namespace}.LoggingBehavior";

    [Fact]
    public async Task Handle_WithInvalidQuery_LogsTheValidationOutcomeAtInformationNotError()
    {
        await using var host = new ApplicationHost();

        await host.Sender.Send(new GetTopListQuery(TopListKind.Tracks, (TimeRange)99, 1), TestContext.Current.CancellationToken);

        var records = host.Logs.GetSnapshot();
        records.Should().NotContain(r => r.Level >= LogLevel.Warning);
        var record = records.Should().ContainSingle(r => r.Category == LoggingCategory).Subject;
        record.Level.Should().Be(LogLevel.Information);
        record.Message.Should().Contain(nameof(GetTopListQuery)).And.Contain("Validation").And.Contain("validation.failed");
    }

    [Fact]
    public async Task Handle_WhenUseCaseSucceeds_LogsItsNameAtDebugOnly()
    {
        await using var host = new ApplicationHost();
        host.Links.With(new SpotifyLinkBuilder().Build());

        await host.Sender.Send(new GetTopListQuery(TopListKind.Tracks, TimeRange.MediumTerm, 1), TestContext.Current.CancellationToken);

        var record = host.Logs.GetSnapshot().Should().ContainSingle().Subject;
        record.Level.Should().Be(LogLevel.Debug, "a page runs several use cases: successes at Information cost a fifth of a cached page's CPU");
        record.Message.Should().StartWith($"{nameof(GetTopListQuery)} succeeded in ");
    }

    [Fact]
    public async Task Handle_ForTheWholeLinkFlow_NeverLogsCodeStateVerifierOrTokens()
    {
        await using var host = new ApplicationHost();
        const string code = "secret-authorization-code";
        var cancellationToken = TestContext.Current.CancellationToken;

        var begun = await host.Sender.Send(new BeginLinkCommand("/top/tracks"), cancellationToken);
        var pending = host.PendingAuthorizations.Added.Should().ContainSingle().Subject;
        var forged = await host.Sender.Send(new ExchangeCodeCommand(code, "forged-" + pending.State, null), cancellationToken);
        var linked = await host.Sender.Send(new ExchangeCodeCommand(code, pending.State, null), cancellationToken);

        begun.IsSuccess.Should().BeTrue();
        forged.Error.Should().Be(ExchangeCodeCommandHandler.InvalidState);
        linked.IsSuccess.Should().BeTrue();
        host.Accounts.Exchanges.Should().Equal((code, pending.CodeVerifier));
        var secrets = new[]
        {
            code,
            pending.State,
            pending.CodeVerifier,
            host.Accounts.AuthorizeRequests.Single().CodeChallenge,
            "granted-access-token",
            "granted-refresh-token",
        };
        var records = host.Logs.GetSnapshot();
        records.Should().HaveCount(3);
        records.Should().AllSatisfy(r => Rendered(r).Should().NotContainAny(secrets));
    }

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
        error.Category.Should().Be(LoggingCategory);
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

    private static string Rendered(FakeLogRecord record) =>
        string.Join(
            " | ",
            [record.Message, record.Exception?.ToString() ?? string.Empty,
            .. record.StructuredState?.Select(kv => $"{kv.Key}={kv.Value}") ?? []]);

    private sealed class ThrowingValidator(Exception failure) : AbstractValidator<GetTopListQuery>
    {
        public override Task<ValidationResult> ValidateAsync(
            ValidationContext<GetTopListQuery> context,
            CancellationToken cancellation = default) => throw failure;
    }
}
