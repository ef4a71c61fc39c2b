using CleanSpotify.Application.Account.GetSpotifyAccount;
using CleanSpotify.Application.Collector.CollectPlays;
using CleanSpotify.Application.Common.Behaviors;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Export;
using CleanSpotify.Application.Export.ExportRecentlyPlayed;
using CleanSpotify.Application.Export.ExportTopList;
using CleanSpotify.Application.History.GetRankHistory;
using CleanSpotify.Application.Links.BeginLink;
using CleanSpotify.Application.Links.ExchangeCode;
using CleanSpotify.Application.Links.GetLinkStatus;
using CleanSpotify.Application.Links.UnlinkSpotify;
using CleanSpotify.Application.Playlists;
using CleanSpotify.Application.Playlists.CreatePlaylistFromTopTracks;
using CleanSpotify.Application.Playlists.GetPlaylistDraft;
using CleanSpotify.Application.Playlists.GetPlaylistExport;
using CleanSpotify.Application.Recent.GetRecentlyPlayed;
using CleanSpotify.Application.Refresh.RefreshSpotifyData;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Application.TopLists.GetTopList;
using CleanSpotify.Application;
using CleanSpotify.UnitTests.Application.Fakes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.UnitTests.Application;

public sealed class DependencyInjectionTests
{
    private static readonly Type[] ExpectedPipeline =
        [typeof(LoggingBehavior<,>), typeof(AuthenticationBehavior<,>), typeof(ValidationBehavior<,>)];

    [Fact]
    public async Task AddApplication_BackgroundCommands_AreLoggedAndValidatedWithoutASignedInUser()
    {
        await using var host = new ApplicationHost();

        BehaviorsOf<CollectPlaysCommand, Result<PlaysCollectedDto>>(host).Should().Equal(typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>));
    }

    [Fact]
    public async Task AddApplication_SignedInPipeline_IsLoggingThenAuthenticationThenValidation()
    {
        await using var host = new ApplicationHost();

        BehaviorsOf<GetTopListQuery, Result<TopListPageDto<TopItemDto>>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<GetRankHistoryQuery, Result<RankHistoryDto>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<RefreshSpotifyDataCommand, Result<string>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<BeginLinkCommand, Result<AuthorizeRedirectDto>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<ExchangeCodeCommand, Result<LinkedDto>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<GetLinkStatusQuery, Result<LinkStatusDto>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<UnlinkSpotifyCommand, Result<UnlinkedDto>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<GetSpotifyAccountQuery, Result<SpotifyAccountDto>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<CreatePlaylistFromTopTracksCommand, Result<PlaylistExport>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<GetPlaylistDraftQuery, Result<PlaylistDraftDto>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<GetPlaylistExportQuery, Result<PlaylistExport>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<GetRecentlyPlayedQuery, Result<RecentlyPlayedDto>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<ExportTopListQuery, Result<ExportFileDto>>(host).Should().Equal(ExpectedPipeline);
        BehaviorsOf<ExportRecentlyPlayedQuery, Result<ExportFileDto>>(host).Should().Equal(ExpectedPipeline);
    }

    [Fact]
    public void AddApplication_TopListPageReader_IsScoped()
    {
        var services = new ServiceCollection().AddApplication();

        services.Should().ContainSingle(d => d.ServiceType == typeof(TopListPageReader))
            .Which.Lifetime.Should().Be(ServiceLifetime.Scoped);
    }

    [Fact]
    public async Task AddApplication_WithEveryPortFaked_ResolvesEveryHandler()
    {
        await using var host = new ApplicationHost();

        host.Services.GetRequiredService<IQueryHandler<GetTopListQuery, Result<TopListPageDto<TopItemDto>>>>().Should().BeOfType<GetTopListQueryHandler>();
        host.Services.GetRequiredService<IQueryHandler<GetRankHistoryQuery, Result<RankHistoryDto>>>().Should().BeOfType<GetRankHistoryQueryHandler>();
        host.Services.GetRequiredService<ICommandHandler<RefreshSpotifyDataCommand, Result<string>>>().Should().BeOfType<RefreshSpotifyDataCommandHandler>();
        host.Services.GetRequiredService<ICommandHandler<UnlinkSpotifyCommand, Result<UnlinkedDto>>>().Should().BeOfType<UnlinkSpotifyCommandHandler>();
        host.Services.GetRequiredService<IQueryHandler<GetSpotifyAccountQuery, Result<SpotifyAccountDto>>>().Should().BeOfType<GetSpotifyAccountQueryHandler>();
        host.Services.GetRequiredService<ICommandHandler<CreatePlaylistFromTopTracksCommand, Result<PlaylistExport>>>().Should().BeOfType<CreatePlaylistFromTopTracksCommandHandler>();
        host.Services.GetRequiredService<IQueryHandler<GetPlaylistDraftQuery, Result<PlaylistDraftDto>>>().Should().BeOfType<GetPlaylistDraftQueryHandler>();
        host.Services.GetRequiredService<IQueryHandler<GetPlaylistExportQuery, Result<PlaylistExport>>>().Should().BeOfType<GetPlaylistExportQueryHandler>();
        host.Services.GetRequiredService<IQueryHandler<GetRecentlyPlayedQuery, Result<RecentlyPlayedDto>>>().Should().BeOfType<GetRecentlyPlayedQueryHandler>();
        host.Services.GetRequiredService<IQueryHandler<ExportTopListQuery, Result<ExportFileDto>>>().Should().BeOfType<ExportTopListQueryHandler>();
        host.Services.GetRequiredService<IQueryHandler<ExportRecentlyPlayedQuery, Result<ExportFileDto>>>().Should().BeOfType<ExportRecentlyPlayedQueryHandler>();
    }

    private static IEnumerable<Type> BehaviorsOf<TMessage, TResponse>(ApplicationHost host)
        where TMessage : IMessage =>
        host.Services.GetServices<IPipelineBehavior<TMessage, TResponse>>().Select(b => b.GetType().GetGenericTypeDefinition());
}
