using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Listening.ImportDataExport;
using CleanSpotify.Application.Listening.ImportDataExport.GetImportStatus;
using CleanSpotify.Application.Listening.ImportDataExport.StartImport;
using CleanSpotify.Domain.Listening;
using CleanSpotify.UnitTests.Application.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.UnitTests.Application.Listening;

/// <summary>Starting an import through the pipeline, one unfinished import per user, and the importer's bookkeeping.</summary>
public sealed class ImportDataExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartImport_KeepsTheUploadQueuesTheJobAndTheStatusShowsIt()
    {
        await using var host = new ApplicationHost();

        var started = await host.Sender.Send(new StartImportCommand([Upload("C:\\Downloads\\my_spotify_data.zip", [1, 2, 3])]), Ct);

        started.IsSuccess.Should().BeTrue();
        host.ImportScheduler.Enqueued.Should().Equal(started.Value);
        host.ImportUploads.Uploads[started.Value].Should().ContainSingle().Which.Should().Equal(1, 2, 3);
        var status = await host.Sender.Send(new GetImportStatusQuery(started.Value), Ct);
        status.Value.State.Should().Be(ImportState.Queued);
        status.Value.UploadNames.Should().Equal("my_spotify_data.zip");
    }

    [Fact]
    public async Task StartImport_WhileOneIsUnfinished_FailsValidationAndQueuesNothing()
    {
        await using var host = new ApplicationHost();
        await host.Sender.Send(new StartImportCommand([Upload("a.zip", [1])]), Ct);

        var second = await host.Sender.Send(new StartImportCommand([Upload("b.zip", [2])]), Ct);

        second.Error.Should().Be(StartImportCommandHandler.AlreadyRunning);
        host.ImportScheduler.Enqueued.Should().ContainSingle();
    }

    [Fact]
    public async Task StartImport_NoFiles_FailsValidation()
    {
        await using var host = new ApplicationHost();

        var result = await host.Sender.Send(new StartImportCommand([]), Ct);

        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.Message.Should().Be("Choose your export's zip file, or its JSON files, to import.");
        host.ImportJobs.Jobs.Should().BeEmpty();
    }

    [Fact]
    public async Task StartImport_QueueFull_FailsTheJobAndDeletesTheUpload()
    {
        await using var host = new ApplicationHost();
        host.ImportScheduler.Full = true;

        var result = await host.Sender.Send(new StartImportCommand([Upload("a.zip", [1])]), Ct);

        result.Error.Should().Be(StartImportCommandHandler.Busy);
        host.ImportJobs.Jobs.Should().ContainSingle().Which.State.Should().Be(ImportState.Failed);
        host.ImportUploads.Uploads.Should().BeEmpty();
    }

    [Fact]
    public async Task StatusOfAnotherUsersJob_IsNotFound()
    {
        await using var host = new ApplicationHost();
        var started = await host.Sender.Send(new StartImportCommand([Upload("a.zip", [1])]), Ct);
        host.CurrentUser.SignInAs("someone-else");

        var status = await host.Sender.Send(new GetImportStatusQuery(started.Value), Ct);

        status.Error.Should().Be(GetImportStatusQueryHandler.Unknown);
    }

    [Fact]
    public async Task Importer_StoresEachFileInATransactionCountsSkipsAndDeletesTheUpload()
    {
        await using var host = new ApplicationHost();
        var started = await host.Sender.Send(new StartImportCommand([Upload("my_spotify_data.zip", [1])]), Ct);
        var audio = new DataExportFile(0, 0, "my_spotify_data.zip › Streaming_History_Audio_2020_0.json", DataExportFileKind.Extended, 300);
        var music = new DataExportFile(0, 1, "my_spotify_data.zip › StreamingHistory_music_0.json", DataExportFileKind.AccountData, 100);
        var end = new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero);
        host.DataExportReader.Files.AddRange([audio, music]);
        host.DataExportReader.Rows[audio] =
        [
            new(1, new Play("t1", "Song", ["Band"], "Album", end, 1000, false, PlaySource.Extended), null),
            new(2, null, ImportSkipReason.Podcast),
        ];
        host.DataExportReader.Rows[music] = [new(1, new Play(null, "Song", ["Band"], string.Empty, end.AddSeconds(-5), 1000, false, PlaySource.AccountData), null)];

        await host.Services.GetRequiredService<DataExportImporter>().RunAsync(started.Value, Ct);

        var job = (await host.Sender.Send(new GetImportStatusQuery(started.Value), Ct)).Value;
        job.State.Should().Be(ImportState.Done);
        job.Percent.Should().Be(100);
        job.FilesDone.Should().Be(2);
        job.ProcessedBytes.Should().Be(400);
        job.Counts.RowsRead.Should().Be(3);
        job.Counts.PlaysAdded.Should().Be(1);
        job.Counts.DuplicatesSkipped.Should().Be(1);
        job.Counts.Skipped.Should().BeEquivalentTo(new Dictionary<ImportSkipReason, long> { [ImportSkipReason.Podcast] = 1 });
        job.Counts.FirstPlayAt.Should().Be(end.AddSeconds(-5));
        host.UnitOfWork.Transactions.Should().Be(2, "each file is stored all-or-nothing");
        host.ImportUploads.Uploads.Should().BeEmpty();
    }

    [Fact]
    public async Task Importer_UnexpectedFailure_FailsTheJobKeepingTheCountsOfStoredFilesAndDeletesTheUpload()
    {
        await using var host = new ApplicationHost();
        var started = await host.Sender.Send(new StartImportCommand([Upload("my_spotify_data.zip", [1])]), Ct);
        var first = new DataExportFile(0, 0, "first.json", DataExportFileKind.Extended, 100);
        var second = new DataExportFile(0, 1, "second.json", DataExportFileKind.Extended, 100);
        host.DataExportReader.Files.AddRange([first, second]);
        host.DataExportReader.Rows[first] = [new(1, new Play("t1", "Song", ["Band"], "Album", DateTimeOffset.UnixEpoch, 1000, false, PlaySource.Extended), null)];
        host.DataExportReader.FailsAfterRows = second;

        await host.Services.GetRequiredService<DataExportImporter>().RunAsync(started.Value, Ct);

        var job = (await host.Sender.Send(new GetImportStatusQuery(started.Value), Ct)).Value;
        job.State.Should().Be(ImportState.Failed);
        job.FailureMessage.Should().Be(DataExportImporter.UploadAgain);
        job.FilesDone.Should().Be(1);
        job.Counts.PlaysAdded.Should().Be(1);
        host.ImportUploads.Uploads.Should().BeEmpty();
        host.Logs.GetSnapshot().Should().Contain(l => l.Message == $"Import {started.Value} stopped unexpectedly");
    }

    private static ImportUpload Upload(string name, byte[] content) => new(name, () => new MemoryStream(content));
}
