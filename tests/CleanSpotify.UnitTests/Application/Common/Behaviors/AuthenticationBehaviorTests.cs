using CleanSpotify.Application.Account.DeleteAccount;
using CleanSpotify.Application.Account.DeleteListeningHistory;
using CleanSpotify.Application.Account.DownloadMyData;
using CleanSpotify.Application.Account.GetHeaderAccount;
using CleanSpotify.Application.Account.GetSpotifyAccount;
using CleanSpotify.Application.Common.Behaviors;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Export;
using CleanSpotify.Application.Export.ExportRecentlyPlayed;
using CleanSpotify.Application.Export.ExportTopList;
using CleanSpotify.Application.History.GetRankHistory;
using CleanSpotify.Application.Links.BeginLink;
using CleanSpotify.Application.Links.ExchangeCode;
using CleanSpotify.Application.Links.GetLinkStatus;
using CleanSpotify.Application.Links.UnlinkSpotify;
using CleanSpotify.Application.Listening.ExportListeningHistory;
using CleanSpotify.Application.Listening.GetListeningHistory;
using CleanSpotify.Application.Listening.GetListeningStats;
using CleanSpotify.Application.Listening.GetTimeZone;
using CleanSpotify.Application.Listening.ImportDataExport.GetImportStatus;
using CleanSpotify.Application.Listening.ImportDataExport.StartImport;
using CleanSpotify.Application.Listening.SetTimeZone;
using CleanSpotify.Application.Playlists;
using CleanSpotify.Application.Playlists.CreatePlaylistFromTopTracks;
using CleanSpotify.Application.Playlists.GetPlaylistDraft;
using CleanSpotify.Application.Playlists.GetPlaylistExport;
using CleanSpotify.Application.Recent.GetRecentlyPlayed;
using CleanSpotify.Application.Refresh.RefreshSpotifyData;
using CleanSpotify.Application.TopLists.GetTopList;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Tests.Shared.Builders;
using CleanSpotify.UnitTests.Application.Fakes;

namespace CleanSpotify.UnitTests.Application.Common.Behaviors;

public sealed class AuthenticationBehaviorTests
{
    private static readonly TrackSelection FirstPage = new(TrackSelectionKind.Page, 1);

    /// <summary>One valid message of every signed-in use case: valid, so only the sign-in check can turn it away.</summary>
    public static TheoryData<ISignedInRequest> SignedInMessages() =>
    [
        new GetTopListQuery(TopListKind.Tracks, TimeRange.ShortTerm, 1),
        new ExportTopListQuery(TopListKind.Artists, TimeRange.LongTerm, ExportFormat.Csv),
        new GetRecentlyPlayedQuery(),
        new ExportRecentlyPlayedQuery(ExportFormat.Json),
        new GetRankHistoryQuery(TopListKind.Tracks, TimeRange.MediumTerm, "4uLU6hMCjMI75M1A2tKUQC"),
        new GetPlaylistDraftQuery(TimeRange.ShortTerm, FirstPage, 1),
        new CreatePlaylistFromTopTracksCommand(TimeRange.ShortTerm, 1, FirstPage, Guid.NewGuid()),
        new GetPlaylistExportQuery(Guid.NewGuid()),
        new BeginLinkCommand("/top/tracks"),
        new ExchangeCodeCommand("code", "state", null),
        new GetLinkStatusQuery(),
        new UnlinkSpotifyCommand(),
        new GetSpotifyAccountQuery(),
        new GetHeaderAccountQuery(),
        new DownloadMyDataQuery(),
        new DeleteAccountCommand("correct horse battery staple"),
        new DeleteListeningHistoryCommand(),
        new RefreshSpotifyDataCommand("/top/tracks"),
        new GetListeningHistoryQuery(null, null, 1),
        new GetListeningStatsQuery(null, null),
        new ExportListeningHistoryQuery(ExportFormat.Csv, null, null),
        new GetTimeZoneQuery(),
        new SetTimeZoneCommand("Europe/Paris"),
        new StartImportCommand([]),
        new GetImportStatusQuery(Guid.NewGuid()),
    ];

    [Theory]
    [MemberData(nameof(SignedInMessages))]
    public async Task Send_WhenAnonymous_ReturnsUnauthenticatedWithoutTouchingAnything(ISignedInRequest message)
    {
        await using var host = new ApplicationHost();
        host.Links.With(new SpotifyLinkBuilder().Build());
        host.CurrentUser.SignInAs(null);

        var result = (IResult?)await host.Sender.Send(message, TestContext.Current.CancellationToken);

        result!.Error!.Kind.Should().Be(ErrorKind.Unauthenticated);
        host.CurrentUser.Reads.Should().Be(1, "only the sign-in check reads it: the handler must not run");
        host.Links.Calls.Should().Be(0);
        host.TopItems.Requests.Should().BeEmpty();
        host.ReadCache.Reads.Should().BeEmpty();
        host.PendingAuthorizations.TakeCalls.Should().Be(0);
    }

    [Fact]
    public void SignedInMessages_CoverEverySignedInMessageOfTheApplication()
    {
        var declared = typeof(ISignedInRequest).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(ISignedInRequest)))
            .Select(t => t.Name);

        SignedInMessages().Select(row => ((ISignedInRequest)row.Data).GetType().Name)
            .Should().BeEquivalentTo(declared);
    }

    [Fact]
    public async Task Send_WhenSignedIn_RunsTheHandler()
    {
        await using var host = new ApplicationHost();

        var result = await host.Sender.Send(new GetLinkStatusQuery(), TestContext.Current.CancellationToken);

        result.IsSuccess.Should().BeTrue();
        host.Links.Calls.Should().Be(1);
    }
}
