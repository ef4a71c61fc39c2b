using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Listening.ImportDataExport;
using CleanSpotify.Domain.Listening;
using CleanSpotify.Tests.Shared;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// <c>/history/import</c>: the upload page, <c>POST /history/import</c> (303 to the job's page), the status page
/// until the import ends, and what is left afterwards: each play once, no IP address or user agent in any table, log
/// or temp folder, and nothing once the account is deleted. Runs on SQLite and on PostgreSQL.
/// </summary>
public sealed class HistoryImportTests(ImportFactory factory) : IClassFixture<ImportFactory>
{
    private static readonly DateTimeOffset Start = new(2016, 2, 3, 18, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UploadPage_ExplainsTheStepsAndWhatIsKeptAndHasTheFilesField()
    {
        using var session = await factory.SignedUpSessionAsync("import-page");

        var page = await session.GetPageAsync("/history/import");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.FindAll("[data-testid=import-steps] li").Should().HaveCount(3);
        page.Find("[data-testid=import-steps]")!.TextContent.Should().Contain("Account → Privacy");
        page.Find("[data-testid=import-kept]")!.TextContent.Should().Contain("ip_addr").And.Contain("user_agent_decrypted").And.Contain("username");
        var form = page.Form("/history/import")!;
        form.GetAttribute("enctype").Should().Be("multipart/form-data");
        form.QuerySelector("input[type=file][name=files][multiple]").Should().NotBeNull();
    }

    [Fact]
    public async Task AccountPage_LinksTheUploadPage()
    {
        using var session = await factory.SignedUpSessionAsync("import-link");

        var page = await session.GetPageAsync("/spotify");

        page.Find("[data-testid=import-data-export]")!.GetAttribute("href").Should().Be("/history/import");
    }

    [Fact]
    public async Task UploadPage_Anonymous_IsSentToSignIn()
    {
        using var session = factory.NewSession();

        var response = await session.GetAsync("/history/import");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().StartWith("/account/login");
    }

    [Fact]
    public async Task Upload_Zip_Redirects303ToTheStatusPageWhichEndsDoneAndReimportAddsNothing()
    {
        using var session = await factory.SignedUpSessionAsync("import-zip");
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);
        var zip = ExportZip(40);

        var response = await UploadAsync(session, ("my_spotify_data.zip", zip));

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        var statusPath = response.LocationText();
        statusPath!.Should().MatchRegex("^/history/import/[0-9a-f-]{36}$");
        var done = await WaitUntilFinishedAsync(session, statusPath);
        done.Find("[data-testid=import-state]")!.TextContent.Should().Be("done");
        done.Find("[data-testid=import-progress]")!.GetAttribute("value").Should().Be("100");
        done.Find("[data-testid=import-added]")!.TextContent.Should().Be("40");
        done.Find("[data-testid=import-duplicates]")!.TextContent.Should().Be("40");
        done.Find("[data-testid=import-period]")!.TextContent.Should().Be("2016-02-03 to 2016-02-04");
        done.Html.Should().NotContain("http-equiv=\"refresh\"", "a finished import stops refreshing");
        done.Find("a[href='/history']").Should().NotBeNull();
        done.Find("a[href='/stats']").Should().NotBeNull();
        (await TestDatabase.CountForUserAsync(factory, "Plays", userId)).Should().Be(40);

        var again = await WaitUntilFinishedAsync(session, await StartAsync(session, ("my_spotify_data.zip", zip)));

        again.Find("[data-testid=import-added]")!.TextContent.Should().Be("0");
        (await TestDatabase.CountForUserAsync(factory, "Plays", userId)).Should().Be(40);
    }

    [Fact]
    public async Task Upload_NothingPrivateIsKeptInTablesLogsOrTheUploadFolder()
    {
        using var session = await factory.SignedUpSessionAsync("import-private");

        var done = await WaitUntilFinishedAsync(session, await StartAsync(session, ("my_spotify_data.zip", ExportZip(10))));

        done.Find("[data-testid=import-state]")!.TextContent.Should().Be("done");
        string[] secrets = [DataExportFiles.IpAddress, DataExportFiles.UserAgent, DataExportFiles.Username];
        (await StoredRows.MentioningAsync(factory, secrets)).Should().BeEmpty();
        factory.Logs.Entries.Where(e => secrets.Any(s => e.FullText.Contains(s, StringComparison.Ordinal))).Should().BeEmpty();
        (Directory.Exists(factory.UploadFolder) ? Directory.EnumerateFileSystemEntries(factory.UploadFolder) : []).Should().BeEmpty();
    }

    [Fact]
    public async Task Upload_WrongContentAndCutShortFiles_AreListedByNameAndRow()
    {
        using var session = await factory.SignedUpSessionAsync("import-bad");
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);
        var json = DataExportFiles.Json(Enumerable.Range(0, 10).Select(i => DataExportFiles.Extended(Start.AddMinutes(5 * i), $"t{i}", $"Song {i}", "Band")));

        var done = await WaitUntilFinishedAsync(session, await StartAsync(
            session,
            ("holiday.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]),
            ("Streaming_History_Audio_2016_1.json", Encoding.UTF8.GetBytes(json[..(json.Length / 2)]))));

        done.Find("[data-testid=import-state]")!.TextContent.Should().Be("done");
        var errors = done.FindAll("[data-testid=import-file-error]").Select(e => e.TextContent).ToArray();
        errors.Should().HaveCount(2);
        errors.Should().Contain(e => e.Contains("holiday.png is neither a zip nor a JSON file"));
        errors.Should().Contain(e => e.Contains("Streaming_History_Audio_2016_1.json (row ") && e.Contains("cut short"));
        (await TestDatabase.CountForUserAsync(factory, "Plays", userId)).Should().Be(0, "nothing of a file cut short is stored");
    }

    [Fact]
    public async Task Upload_FileCutShortAfterAStoredBatch_StoresNothingOfIt()
    {
        using var session = await factory.SignedUpSessionAsync("import-cut-late");
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);
        var rows = DataExportImporter.BatchSize + 200;
        var json = DataExportFiles.Json(Enumerable.Range(0, rows).Select(i => DataExportFiles.Extended(Start.AddMinutes(4 * i), $"t{i}", $"Song {i}", "Band")));

        var done = await WaitUntilFinishedAsync(session, await StartAsync(
            session, ("Streaming_History_Audio_2016_0.json", Encoding.UTF8.GetBytes(json[..(json.Length * (rows - 100) / rows)]))));

        done.FindAll("[data-testid=import-file-error]").Should().ContainSingle().Which.TextContent.Should().Contain("cut short");
        (await TestDatabase.CountForUserAsync(factory, "Plays", userId)).Should().Be(0, "the batch already inserted is rolled back with its file");
    }

    [Fact]
    public async Task Store_BatchWithDuplicatesInsideItAndAgainstStoredPlays_StoresEachPlayOnceAsTheSiteReadsIt()
    {
        using var session = await factory.SignedUpSessionAsync("import-store");
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);
        await StoredPlays.AddAsync(
            factory,
            userId,
            new SeedPlay("2016-02-03T18:00:00Z", "t1", "Song", ["Band"], "Album", 200_000, Estimated: false, Source: "Extended"),
            new SeedPlay("2016-02-03T18:05:00Z", "t2", "Collected", ["Band"], "Album", 240_000));
        var fresh = new Play("t3", "New", ["Lead", "Guest"], "New Album", Start.AddMinutes(10), 180_000, msPlayedEstimated: false, PlaySource.Extended)
        {
            ArtistIds = ["a1", "a2"],
            AlbumId = "al3",
            ImageUrl = new Uri("https://i.scdn.co/image/new"),
        };

        var result = await SaveAsync(
            userId,
            Extended("t1", "Song", Start.AddSeconds(5), 200_000),
            fresh,
            fresh with { PlayedAt = Start.AddMinutes(10).AddSeconds(10) },
            AccountData("New", "Lead", Start.AddMinutes(10).AddSeconds(40)),
            Extended("t2", "Collected", Start.AddMinutes(5).AddSeconds(-4), 61_234));

        result.Should().Be(new ImportSaveResult(1, 4, 1), "a stored play, the same play twice in the batch, its Account-data row, and a collected play");
        var stored = await PlaysAsync(userId);
        stored.Select(p => p.TrackId).Should().Equal("t1", "t2", "t3");
        stored[1].Should().Be(new StoredPlay("t2", ["Band"], [], "Album", null, 61_234, false, "Recent"), "the export's exact time listened replaces the estimate");
        stored[2].Should().Be(new StoredPlay("t3", ["Lead", "Guest"], ["a1", "a2"], "New Album", "https://i.scdn.co/image/new", 180_000, false, "Extended"));

        var later = await SaveAsync(userId, AccountData("New", "Lead", Start.AddDays(30)));

        later.Added.Should().Be(1);
        (await PlaysAsync(userId))[3].Should().Be(
            new StoredPlay("t3", ["Lead"], ["a1", "a2"], "New Album", "https://i.scdn.co/image/new", 1_000, false, "AccountData"),
            "a name-only play takes the id, artist ids, album and art of the bulk-inserted play, read back by EF");
    }

    [Fact]
    public async Task Upload_NoFile_Is400WithTheMessageOnTheForm()
    {
        using var session = await factory.SignedUpSessionAsync("import-empty");

        var response = await UploadAsync(session);

        var page = await HtmlPage.ParseAsync(response, Ct);
        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Text.Should().Contain("Choose your export's zip file, or its JSON files, to import.");
        page.Form("/history/import").Should().NotBeNull();
    }

    [Fact]
    public async Task Upload_OverMaxUploadBytes_Is413WithAClearMessageAndNothingIsRead()
    {
        using var session = await factory.SignedUpSessionAsync("import-big");
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);

        var response = await UploadAsync(session, ("my_spotify_data.zip", new byte[ImportFactory.MaxUploadBytes + 1]));

        var page = await HtmlPage.ParseAsync(response, Ct);
        page.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        page.Text.Should().Contain("That upload is too big").And.Contain("Uploads are limited to 1 MB");
        (await TestDatabase.CountForUserAsync(factory, "DataExportImports", userId)).Should().Be(0);
    }

    [Fact]
    public async Task Upload_WhileAnImportRuns_Is400WithAClearMessage()
    {
        using var session = await factory.SignedUpSessionAsync("import-twice");
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var running = new ImportJob { Id = Guid.NewGuid(), AppUserId = userId, State = ImportState.Saving, CreatedAt = Start, UploadNames = ["earlier.zip"] };
            (await scope.ServiceProvider.GetRequiredService<IImportJobStore>().TryCreateAsync(running, Ct)).Should().BeTrue();
        }

        var response = await UploadAsync(session, ("my_spotify_data.zip", ExportZip(2)));

        var page = await HtmlPage.ParseAsync(response, Ct);
        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Text.Should().Contain("An import of yours is still running.");
    }

    [Fact]
    public async Task StatusPage_OfAnotherUsersImport_Is404()
    {
        using var owner = await factory.SignedUpSessionAsync("import-owner");
        var statusPath = await StartAsync(owner, ("my_spotify_data.zip", ExportZip(1)));
        using var other = await factory.SignedUpSessionAsync("import-other");

        (await other.GetAsync(statusPath)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeletingTheAccount_RemovesImportedPlaysAndImports()
    {
        using var session = await factory.SignedUpSessionAsync("import-leaving");
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);
        await WaitUntilFinishedAsync(session, await StartAsync(session, ("my_spotify_data.zip", ExportZip(5))));
        (await TestDatabase.CountForUserAsync(factory, "Plays", userId)).Should().Be(5);

        var response = await session.SubmitFormAsync("/spotify", "/account/delete", new Dictionary<string, string?> { ["Password"] = TestEmails.Password });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StoredRows.MentioningAsync(factory, userId)).Should().BeEmpty();
    }

    private static Play Extended(string trackId, string name, DateTimeOffset endedAt, int msPlayed) =>
        new(trackId, name, ["Band"], "Album", endedAt, msPlayed, msPlayedEstimated: false, PlaySource.Extended);

    private static Play AccountData(string name, string artist, DateTimeOffset endedAt) =>
        new(null, name, [artist], string.Empty, endedAt, 1_000, msPlayedEstimated: false, PlaySource.AccountData);

    private async Task<ImportSaveResult> SaveAsync(string userId, params Play[] plays)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IImportedPlayStore>().SaveAsync(userId, plays, Ct);
    }

    /// <summary>The user's plays in time order, lists read as each provider stores them (JSON text on SQLite, <c>text[]</c> on PostgreSQL).</summary>
    private async Task<List<StoredPlay>> PlaysAsync(string userId)
    {
        var rows = await factory.Store.QueryAsync(
            "SELECT \"TrackId\", \"ArtistNames\", \"ArtistIds\", \"AlbumName\", \"ImageUrl\", \"MsPlayed\", \"MsPlayedEstimated\", \"Source\" " +
            "FROM \"Plays\" WHERE \"AppUserId\" = @user ORDER BY \"PlayedAt\"",
            ("@user", userId));
        return rows.Select(r => new StoredPlay(
                (string?)r[0],
                List(r[1]),
                List(r[2]),
                (string)r[3]!,
                (string?)r[4],
                Convert.ToInt32(r[5], System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToBoolean(r[6], System.Globalization.CultureInfo.InvariantCulture),
                (string)r[7]!))
            .ToList();
    }

    private static string[] List(object? value) => value switch
    {
        string[] array => array,
        string json => JsonSerializer.Deserialize<string[]>(json)!,
        _ => throw new InvalidOperationException($"A list column held {value}."),
    };

    /// <summary>
    /// A zip as Spotify sends it: <paramref name="plays"/> extended plays (older and current field names), the same
    /// plays in Account data a few seconds off, and a file of the export that is never read.
    /// </summary>
    private static byte[] ExportZip(int plays)
    {
        var extended = Enumerable.Range(0, plays)
            .Select(i => DataExportFiles.Extended(Start.AddMinutes(37 * i).AddSeconds(20), $"track{i:D4}", $"Song {i}", "Band", older: i % 2 == 0))
            .ToList();
        var account = Enumerable.Range(0, plays).Select(i => DataExportFiles.Account(Start.AddMinutes(37 * i), "Band", $"Song {i}"));
        return DataExportFiles.Zip(
            ("MyData/Userdata.json", $$"""{"username":"{{DataExportFiles.Username}}"}"""),
            ("MyData/StreamingHistory_music_0.json", DataExportFiles.Json(account)),
            ("Spotify Extended Streaming History/Streaming_History_Audio_2016_0.json", DataExportFiles.Json(extended)));
    }

    /// <summary>Uploads the files and returns the job's page, where the 303 points.</summary>
    private static async Task<string> StartAsync(UserSession session, params (string Name, byte[] Content)[] files)
    {
        var response = await UploadAsync(session, files);
        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        return response.LocationText()!;
    }

    private static async Task<HttpResponseMessage> UploadAsync(UserSession session, params (string Name, byte[] Content)[] files)
    {
        var page = await session.GetPageAsync("/history/import");
        var token = page.Form("/history/import")!.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "files", name);
        }

        return await session.Client.PostAsync(new Uri("/history/import", UriKind.Relative), content, Ct);
    }

    private static async Task<HtmlPage> WaitUntilFinishedAsync(UserSession session, string statusPath)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            var page = await session.GetPageAsync(statusPath);
            page.StatusCode.Should().Be(HttpStatusCode.OK);
            if (page.Find("[data-testid=import-state]")!.TextContent is "done" or "failed")
            {
                return page;
            }

            page.Html.Should().Contain("<meta http-equiv=\"refresh\" content=\"2\" />", "a running import refreshes itself");
            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>A stored play's columns, lists compared by their items.</summary>
    private sealed record StoredPlay(
        string? TrackId, IReadOnlyList<string> ArtistNames, IReadOnlyList<string> ArtistIds, string AlbumName, string? ImageUrl, int MsPlayed, bool Estimated, string Source)
    {
        public bool Equals(StoredPlay? other) =>
            other is not null
            && (TrackId, AlbumName, ImageUrl, MsPlayed, Estimated, Source) == (other.TrackId, other.AlbumName, other.ImageUrl, other.MsPlayed, other.Estimated, other.Source)
            && ArtistNames.SequenceEqual(other.ArtistNames)
            && ArtistIds.SequenceEqual(other.ArtistIds);

        public override int GetHashCode() => HashCode.Combine(TrackId, MsPlayed, Source);
    }
}
