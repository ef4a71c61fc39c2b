using System.Diagnostics;
using System.Text;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Listening.ImportDataExport;
using CleanSpotify.Domain.Listening;
using CleanSpotify.Infrastructure.IntegrationTests.Support;
using CleanSpotify.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>
/// Imports through the real importer, reader and stores on a migrated SQLite file: dedupe at the tolerance
/// boundaries, re-imports, collected estimates replaced, zip layouts and caps, files cut short, resuming, and a
/// 300,000-row extended export with bounded memory.
/// </summary>
public sealed class DataExportImportTests
{
    private static readonly DateTimeOffset Start = new(2020, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(14_900, 0)]
    [InlineData(-14_900, 0)]
    [InlineData(15_100, 1)]
    [InlineData(-15_100, 1)]
    public async Task Extended_SameTrackWithin15Seconds_IsTheSamePlay(int offsetMs, int added)
    {
        await using var env = await StartAsync();
        var userId = await env.Host.CreateUserAsync();
        await SaveAsync(env, userId, Exact("t1", "Song", Start));

        var result = await SaveAsync(env, userId, Exact("t1", "Song", Start.AddMilliseconds(offsetMs)));

        result.Added.Should().Be(added);
        result.Duplicates.Should().Be(1 - added);
    }

    [Theory]
    [InlineData(59_000, 0)]
    [InlineData(-60_000, 0)]
    [InlineData(61_000, 1)]
    public async Task AccountData_SameNamesWithin60Seconds_IsTheSamePlay(int offsetMs, int added)
    {
        await using var env = await StartAsync();
        var userId = await env.Host.CreateUserAsync();
        await SaveAsync(env, userId, Exact("t1", "Song", Start));

        var result = await SaveAsync(env, userId, ByName("Song", Start.AddMilliseconds(offsetMs)));

        result.Added.Should().Be(added);
    }

    [Fact]
    public async Task DifferentTracksAtTheSameTime_AreNeverMerged()
    {
        await using var env = await StartAsync();
        var userId = await env.Host.CreateUserAsync();
        await SaveAsync(env, userId, Exact("t1", "Song", Start));

        var result = await SaveAsync(env, userId,
            Exact("t2", "Song", Start), Exact("t3", "Other Song", Start.AddSeconds(1)), ByName("Third Song", Start), Exact("t4", "Song", Start.AddSeconds(2)) with { ArtistNames = ["Another Band"] });

        result.Added.Should().Be(4, "a different id, or different names without ids, is a different track");
        result.Duplicates.Should().Be(0);
    }

    [Fact]
    public async Task AccountDataPlay_TakesTheIdAlbumAndArtOfAKnownTrackWithTheSameNames()
    {
        await using var env = await StartAsync();
        var userId = await env.Host.CreateUserAsync();
        await SaveAsync(env, userId, Exact("known-id", "Song", Start) with { AlbumId = "album-1", ImageUrl = new Uri("https://i.scdn.co/image/abc") });

        await SaveAsync(env, userId, ByName("Song", Start.AddDays(30)));

        var stored = await PlaysAsync(env, userId);
        stored.Should().HaveCount(2);
        stored[1].Should().Match<Dictionary<string, object?>>(p =>
            (string?)p["TrackId"] == "known-id" && (string?)p["AlbumId"] == "album-1" && (string?)p["ImageUrl"] == "https://i.scdn.co/image/abc" && (string?)p["Source"] == "AccountData");
    }

    [Fact]
    public async Task CollectedPlay_MatchedByAnImport_GetsTheExactTimeListened()
    {
        await using var env = await StartAsync();
        var userId = await env.Host.CreateUserAsync();
        await SaveAsync(env, userId, new Play("t1", "Song", ["Band"], "Album", Start, 240_000, msPlayedEstimated: true, PlaySource.Recent));

        var result = await SaveAsync(env, userId, Exact("t1", "Song", Start.AddSeconds(3)) with { MsPlayed = 61_234 });

        result.Should().Be(new ImportSaveResult(0, 1, 1));
        var stored = (await PlaysAsync(env, userId)).Should().ContainSingle().Subject;
        stored["MsPlayed"].Should().Be(61_234L);
        stored["MsPlayedEstimated"].Should().Be(0L);
        stored["Source"].Should().Be("Recent");
    }

    [Fact]
    public async Task Import_ZipWithBothLayoutsAndLooseJson_StoresEachPlayOnceAndReimportAddsNothing()
    {
        await using var env = await StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var extended = DataExportFiles.Json(Enumerable.Range(0, 30).Select(i => DataExportFiles.Extended(Start.AddMinutes(4 * i).AddSeconds(7), $"track{i % 10}", $"Song {i % 10}", "Band")));
        var account = DataExportFiles.Json(Enumerable.Range(0, 30).Select(i => DataExportFiles.Account(Start.AddMinutes(4 * i), "Band", $"Song {i % 10}")));
        var zip = DataExportFiles.Zip(
            ("MyData/StreamingHistory_music_0.json", account),
            ("MyData/Userdata.json", """{"username":"someone","email":"someone@example.test"}"""),
            ("Spotify Extended Streaming History/Streaming_History_Audio_2020_0.json", extended));

        var first = await ImportAsync(env, userId, ("my_spotify_data.zip", zip));
        var again = await ImportAsync(env, userId, ("my_spotify_data.zip", zip), ("Streaming_History_Audio_2020_0.json", Encoding.UTF8.GetBytes(extended)));

        first.State.Should().Be(ImportState.Done);
        first.Errors.Should().BeEmpty();
        first.Counts.RowsRead.Should().Be(60);
        first.Counts.PlaysAdded.Should().Be(30, "every Account-data play is the extended play of the same track within a minute");
        first.Counts.DuplicatesSkipped.Should().Be(30);
        first.Counts.FirstPlayAt.Should().Be(Start);
        first.Counts.LastPlayAt.Should().Be(Start.AddMinutes(4 * 29).AddSeconds(7));
        first.Percent.Should().Be(100);
        again.Counts.PlaysAdded.Should().Be(0);
        again.Counts.DuplicatesSkipped.Should().Be(90);
        (await PlaysAsync(env, userId)).Should().HaveCount(30);
        Directory.EnumerateFileSystemEntries(UploadFolder(env)).Should().BeEmpty("uploads are deleted when their import ends");
    }

    [Fact]
    public async Task Import_FileCutShort_IsListedWithItsRowAndNothingOfItIsStored()
    {
        await using var env = await StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var good = DataExportFiles.Json([DataExportFiles.Extended(Start, "t1", "Song", "Band")]);
        var broken = DataExportFiles.Json(Enumerable.Range(0, 10).Select(i => DataExportFiles.Extended(Start.AddHours(1).AddMinutes(4 * i), "t2", "Other", "Band")));

        var job = await ImportAsync(env, userId,
            ("Streaming_History_Audio_2020_0.json", Encoding.UTF8.GetBytes(good)),
            ("Streaming_History_Audio_2020_1.json", Encoding.UTF8.GetBytes(broken[..(broken.Length / 2)])),
            ("notes.txt", "just text"u8.ToArray()));

        job.State.Should().Be(ImportState.Done);
        job.Counts.PlaysAdded.Should().Be(1);
        job.Errors.Should().HaveCount(2);
        job.Errors.Should().ContainSingle(e => e.FileName == "notes.txt").Which.Message.Should().Be("notes.txt is neither a zip nor a JSON file, so it was not read.");
        var cut = job.Errors.Should().ContainSingle(e => e.FileName == "Streaming_History_Audio_2020_1.json").Subject;
        cut.Row.Should().BeInRange(5, 6);
        cut.Message.Should().Contain("cut short");
        (await PlaysAsync(env, userId)).Should().ContainSingle();
    }

    [Fact]
    public async Task Import_ZipBomb_FailsAtOnceWithAClearMessage()
    {
        await using var env = await StartAsync(maxUncompressedBytes: 1_000_000);
        var userId = await env.Host.CreateUserAsync();
        var bomb = DataExportFiles.Zip(("MyData/StreamingHistory_music_0.json", "[" + new string(' ', 5_000_000) + "]"));

        var job = await ImportAsync(env, userId, ("my_spotify_data.zip", bomb));

        bomb.Length.Should().BeLessThan(100_000);
        job.State.Should().Be(ImportState.Failed);
        job.FailureMessage.Should().Be("my_spotify_data.zip unpacks to more than the 0 MB of streaming history this site reads (Import:MaxUncompressedBytes), so nothing was imported.");
        Directory.EnumerateFileSystemEntries(UploadFolder(env)).Should().BeEmpty();
    }

    [Fact]
    public async Task Import_ZipWithTooManyEntries_FailsNamingTheCap()
    {
        await using var env = await StartAsync(maxEntries: 3);
        var userId = await env.Host.CreateUserAsync();
        var zip = DataExportFiles.Zip(Enumerable.Range(0, 4).Select(i => ($"MyData/StreamingHistory{i}.json", "[]")).ToArray());

        var job = await ImportAsync(env, userId, ("my_spotify_data.zip", zip));

        job.State.Should().Be(ImportState.Failed);
        job.FailureMessage.Should().Contain("has 4 entries, more than the 3 this site reads (Import:MaxEntries)");
    }

    [Fact]
    public async Task Worker_AtStart_ResumesJobsWhoseUploadIsHereAndFailsTheOthers()
    {
        await using var env = await StartAsync();
        var userId = await env.Host.CreateUserAsync();
        var otherId = await env.Host.CreateUserAsync();
        var json = Encoding.UTF8.GetBytes(DataExportFiles.Json([DataExportFiles.Extended(Start, "t1", "Song", "Band")]));
        var resumable = await CreateJobAsync(env, userId, ("Streaming_History_Audio_2020_0.json", json));
        var orphan = await CreateJobAsync(env, otherId, ("Streaming_History_Audio_2020_0.json", json));
        await env.Host.InScopeAsync<IImportJobStore, bool>(async jobs =>
        {
            await jobs.UpdateAsync(resumable with { State = ImportState.Saving }, Ct);
            return true;
        });
        env.Host.Services.GetRequiredService<IImportUploadStore>().Delete(orphan.Id);

        await using var restarted = await env.CreateHostAsync(settings => Configure(settings, UploadFolder(env), null, null));

        var resumed = await WaitForFinishAsync(restarted, resumable.Id);
        var failed = await WaitForFinishAsync(restarted, orphan.Id);
        resumed.State.Should().Be(ImportState.Done);
        resumed.Counts.PlaysAdded.Should().Be(1);
        failed.State.Should().Be(ImportState.Failed);
        failed.FailureMessage.Should().Be(DataExportImporter.UploadAgain);
    }

    [Fact]
    public async Task SecondStart_WhileOneRuns_IsRefused()
    {
        await using var env = await StartAsync();
        var userId = await env.Host.CreateUserAsync();
        await CreateJobAsync(env, userId, ("a.json", "[]"u8.ToArray()));

        var second = await env.Host.InScopeAsync<IImportJobStore, bool>(jobs => jobs.TryCreateAsync(NewJob(userId, "b.json"), Ct));

        second.Should().BeFalse();
    }

    [Fact]
    public async Task Import_300000RowExtendedExport_IsStoredWithBoundedMemory()
    {
        const int Rows = 300_000;

        // The fake log collector keeps every entry; EF's command logs of 300 batches would be measured as the import's.
        await using var env = await StartAsync(minimumLogLevel: LogLevel.Warning);
        var userId = await env.Host.CreateUserAsync();
        var path = Path.Combine(env.Folder, "big.json");
        var writing = Stopwatch.StartNew();
        await WriteBigExportAsync(path, Rows);
        TestContext.Current.TestOutputHelper!.WriteLine($"writing the export took {writing.Elapsed.TotalSeconds:0.0} s");
        var fileBytes = new FileInfo(path).Length;
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                // Live objects only: a full collection first, so garbage waiting for the next collection is not counted.
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                await Task.Delay(500, CancellationToken.None);
            }
        }, CancellationToken.None);
        var stopwatch = Stopwatch.StartNew();

        var job = await ImportAsync(env, userId, ("Streaming_History_Audio_2000-2024_0.json", () => File.OpenRead(path)));

        stopwatch.Stop();
        await sampling.CancelAsync();
        await sampler;
        var peakAboveBaselineMb = (peak - baseline) / (1024 * 1024);
        TestContext.Current.TestOutputHelper!.WriteLine(
            $"300k import: {fileBytes / (1024 * 1024)} MB file, {stopwatch.Elapsed.TotalSeconds:0.0} s, {Rows / stopwatch.Elapsed.TotalSeconds:0} rows/s, managed heap peak {peakAboveBaselineMb} MB above baseline, process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        job.State.Should().Be(ImportState.Done);
        job.Counts.PlaysAdded.Should().Be(Rows);
        peakAboveBaselineMb.Should().BeLessThan(fileBytes / (1024 * 1024), "rows stream through in batches; the file is never held whole");
    }

    private static async Task WriteBigExportAsync(string path, int rows)
    {
        await using var writer = new StreamWriter(path, append: false, Encoding.UTF8);
        await writer.WriteAsync("[\n");
        for (var i = 0; i < rows; i++)
        {
            var row = DataExportFiles.Extended(Start.AddSeconds(200L * i), $"track{i % 5000:D6}", $"Song {i % 5000}", $"Band {i % 300}", 150_000 + (i % 90_000));
            await writer.WriteAsync(System.Text.Json.JsonSerializer.Serialize(row));
            await writer.WriteAsync(i == rows - 1 ? "\n]" : ",\n");
        }
    }

    private static Play Exact(string trackId, string name, DateTimeOffset endedAt) =>
        new(trackId, name, ["Band"], "Album", endedAt, 200_000, msPlayedEstimated: false, PlaySource.Extended);

    private static Play ByName(string name, DateTimeOffset endedAt) =>
        new(null, name, ["Band"], string.Empty, endedAt, 200_000, msPlayedEstimated: false, PlaySource.AccountData);

    private static Task<ImportSaveResult> SaveAsync(TestEnvironment env, string userId, params Play[] plays) =>
        env.Host.InScopeAsync<IImportedPlayStore, ImportSaveResult>(store => store.SaveAsync(userId, plays, Ct));

    private static Task<List<Dictionary<string, object?>>> PlaysAsync(TestEnvironment env, string userId) =>
        RawDatabase.QueryAsync(env.DatabasePath, "SELECT * FROM Plays WHERE AppUserId = $user ORDER BY PlayedAt", ("$user", userId));

    private static string UploadFolder(TestEnvironment env) => Path.Combine(env.Folder, "uploads");

    private static Task<TestEnvironment> StartAsync(long? maxUncompressedBytes = null, int? maxEntries = null, LogLevel minimumLogLevel = LogLevel.Information) =>
        TestEnvironment.StartAsync(settings =>
        {
            settings.MinimumLogLevel = minimumLogLevel;
            Configure(settings, null, maxUncompressedBytes, maxEntries);
        });

    private static void Configure(HostSettings settings, string? uploadFolder, long? maxUncompressedBytes, int? maxEntries)
    {
        settings.Services = services => services.AddScoped<DataExportImporter>();
        settings.Configuration["Import:UploadFolder"] = uploadFolder ?? Path.Combine(Path.GetDirectoryName(settings.Configuration["ConnectionStrings:CleanSpotify"]!["Data Source=".Length..])!, "uploads");
        if (maxUncompressedBytes is { } unpacked)
        {
            settings.Configuration["Import:MaxUncompressedBytes"] = unpacked.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (maxEntries is { } entries)
        {
            settings.Configuration["Import:MaxEntries"] = entries.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static ImportJob NewJob(string userId, params string[] names) => new()
    {
        Id = Guid.NewGuid(),
        AppUserId = userId,
        State = ImportState.Queued,
        CreatedAt = Start,
        UploadNames = names,
    };

    private static Task<ImportJob> CreateJobAsync(TestEnvironment env, string userId, params (string Name, byte[] Content)[] files) =>
        CreateJobAsync(env, userId, files.Select(f => (f.Name, (Func<Stream>)(() => new MemoryStream(f.Content)))).ToArray());

    private static async Task<ImportJob> CreateJobAsync(TestEnvironment env, string userId, params (string Name, Func<Stream> Open)[] files)
    {
        var job = NewJob(userId, files.Select(f => f.Name).ToArray());
        await using var scope = env.Host.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<IImportJobStore>().TryCreateAsync(job, Ct)).Should().BeTrue();
        await scope.ServiceProvider.GetRequiredService<IImportUploadStore>().SaveAsync(job.Id, files.Select(f => new ImportUpload(f.Name, f.Open)).ToArray(), Ct);
        return job;
    }

    private static Task<ImportJob> ImportAsync(TestEnvironment env, string userId, params (string Name, byte[] Content)[] files) =>
        ImportAsync(env, userId, files.Select(f => (f.Name, (Func<Stream>)(() => new MemoryStream(f.Content)))).ToArray());

    private static async Task<ImportJob> ImportAsync(TestEnvironment env, string userId, params (string Name, Func<Stream> Open)[] files)
    {
        var job = await CreateJobAsync(env, userId, files);
        await using var scope = env.Host.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DataExportImporter>().RunAsync(job.Id, Ct);
        return (await scope.ServiceProvider.GetRequiredService<IImportJobStore>().GetAsync(job.Id, Ct))!;
    }

    private static async Task<ImportJob> WaitForFinishAsync(InfrastructureHost host, Guid jobId)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            var job = await host.InScopeAsync<IImportJobStore, ImportJob?>(jobs => jobs.GetAsync(jobId, timeout.Token));
            if (job is { IsFinished: true })
            {
                return job;
            }

            await Task.Delay(50, timeout.Token);
        }
    }
}
