using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using CleanSpotify.Benchmarks.Hosting;
using CleanSpotify.Benchmarks.Load;
using CleanSpotify.Benchmarks.Reporting;
using CleanSpotify.Benchmarks.Seeding;
using CleanSpotify.Benchmarks.Sessions;
using CleanSpotify.SpotifySandbox;
using CleanSpotify.Tests.Shared;

namespace CleanSpotify.Benchmarks.Scenarios;

/// <summary>
/// Issue #15's import throughput: an extended streaming history (300,000 rows, or 30,000 with <c>--quick</c>) in a zip,
/// uploaded through the import form by a freshly signed-up user (<c>POST /history/import</c>, 303 to the job's page),
/// whose status page is then polled until the import ends. Timed end to end from the upload's first byte, with the
/// site's CPU time and peak resident memory meanwhile. The site has a database, sandbox and upload folder of its own.
/// </summary>
internal sealed class ImportScenario(BenchmarkOptions options, RepositoryLayout layout, Action<string> log)
{
    private const string Name = "Import: extended export, upload to done";

    private static readonly TimeSpan StatusEvery = TimeSpan.FromMilliseconds(250);

    public async Task<ScenarioOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var rows = options.Quick ? 30_000 : 300_000;
        using var workspace = Workspace.Create();
        var export = Path.Combine(workspace.Root, "my_spotify_data.zip");
        var writing = Stopwatch.GetTimestamp();
        var plays = ExtendedExportWriter.Write(export, rows);
        var zipBytes = new FileInfo(export).Length;
        log(Invariant($"import: wrote a {rows:N0}-row export ({zipBytes / (1024.0 * 1024):0.0} MB zip) in {Stopwatch.GetElapsedTime(writing).TotalSeconds:0.0} s"));

        var sandboxOptions = new SandboxOptions();
        await using var sandbox = await SandboxHost.StartAsync(sandboxOptions, cancellationToken: cancellationToken);
        var port = FreeTcpPort.Pick();
        var configuration = SiteConfiguration.For(workspace, sandbox, sandboxOptions, port);
        configuration["Import:UploadFolder"] = Path.Combine(workspace.Root, "uploads");
        await using var site = await SiteProcess.StartAsync(layout, configuration, new Uri($"http://127.0.0.1:{port}/"), workspace.Log("site-import"), cancellationToken);
        using var session = new UserSession(site.BaseAddress, "importer@bench.test");
        if (!await AccountForms.RegisterAsync(session, UserSeeder.Password, cancellationToken))
        {
            throw new InvalidOperationException("The importing user could not sign up; see the site's log.");
        }

        log(Invariant($"import: uploading and importing {rows:N0} rows"));
        var cpuBefore = ProcessCpu.Read(site.Id);
        var started = Stopwatch.GetTimestamp();
        ImportStatus status;
        TimeSpan upload;
        long sampledPeak;
        await using (var memory = site.WatchMemory())
        {
            var statusPath = await UploadAsync(session.Client, export, cancellationToken);
            upload = Stopwatch.GetElapsedTime(started);
            status = await WaitUntilFinishedAsync(session.Client, statusPath, cancellationToken);
            sampledPeak = memory.PeakBytes;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = ProcessCpu.Read(site.Id) - cpuBefore;
        var peak = Math.Max(sampledPeak, site.PeakResidentBytes);
        var rowsPerSecond = status.RowsRead / elapsed.TotalSeconds;
        var ok = status.State == "done" && status.RowsRead == rows && status.PlaysAdded == plays;
        var latency = new LatencySummary(status.RowsRead, elapsed.TotalMilliseconds, elapsed.TotalMilliseconds, elapsed.TotalMilliseconds, elapsed.TotalMilliseconds, elapsed.TotalMilliseconds);
        var result = new ScenarioResult(
            Name,
            1,
            1,
            new LoadResult(latency, ok ? 0 : 1, elapsed),
            0,
            0,
            peak,
            Invariant($"rows/s; latency columns: the whole import; {zipBytes / (1024.0 * 1024):0.0} MB zip, upload {upload.TotalSeconds:0.0} s; {status.State}, {status.PlaysAdded:N0} plays added of {plays:N0}; site CPU {cpu.TotalSeconds:0.0} s"));
        log(Invariant($"  {Name}: {status.RowsRead:N0} rows in {elapsed.TotalSeconds:0.0} s = {rowsPerSecond:N0} rows/s, upload {upload.TotalSeconds:0.0} s, CPU {cpu.TotalSeconds:0.0} s, peak {peak / (1024 * 1024)} MB, {status.State}"));
        var peakMb = peak / (1024.0 * 1024);
        return new ScenarioOutcome(
            [result],
            [
                new(Invariant($"Import ≥ 20,000 rows/s ({rows:N0} rows, upload to done)"), Invariant($"{rowsPerSecond:N0} rows/s"), ok && rowsPerSecond >= 20_000),
                new(Invariant($"A {rows:N0}-row export imported end to end in < 30 s"), Invariant($"{elapsed.TotalSeconds:0.0} s ({status.State}, {status.PlaysAdded:N0} of {plays:N0} plays added)"), ok && elapsed < TimeSpan.FromSeconds(30)),
                new("Peak working set of the site during the import < 400 MB", Invariant($"{peakMb:0} MB"), peak < 400L * 1024 * 1024),
            ],
            [Invariant($"Import: a {rows:N0}-row extended export in {rows / ExtendedExportWriter.RowsPerFile + (rows % ExtendedExportWriter.RowsPerFile > 0 ? 1 : 0)} files, {zipBytes / (1024.0 * 1024):0.0} MB zipped, SQLite, the site started in {site.Startup.TotalSeconds:0.0} s")],
            [Invariant($"Import: {rowsPerSecond:N0} rows/s, {elapsed.TotalSeconds:0.0} s end to end, {cpu.TotalSeconds / status.RowsRead * 1_000_000:0} µs CPU per row, peak {peakMb:0} MB")]);
    }

    /// <summary>Posts the zip through the import form (its antiforgery token included); returns the job's page from the 303.</summary>
    private static async Task<Uri> UploadAsync(HttpClient client, string export, CancellationToken cancellationToken)
    {
        using var page = await client.GetAsync(new Uri("/history/import", UriKind.Relative), cancellationToken);
        var document = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync(cancellationToken), cancellationToken);
        var form = SiteForms.FindForm(document, "/history/import") ?? throw new InvalidOperationException("/history/import has no upload form.");
        using var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden][name]"))
        {
            content.Add(new StringContent(input.GetAttribute("value") ?? string.Empty), input.GetAttribute("name")!);
        }

        var file = new StreamContent(File.OpenRead(export));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Add(file, "files", Path.GetFileName(export));
        using var response = await client.PostAsync(new Uri("/history/import", UriKind.Relative), content, cancellationToken);
        return response.StatusCode == HttpStatusCode.SeeOther && response.Headers.Location is { } location
            ? location
            : throw new InvalidOperationException($"The upload answered {(int)response.StatusCode}, not 303 to the job's page.");
    }

    private static async Task<ImportStatus> WaitUntilFinishedAsync(HttpClient client, Uri statusPath, CancellationToken cancellationToken)
    {
        var parser = new HtmlParser();
        while (true)
        {
            using var response = await client.GetAsync(statusPath, cancellationToken);
            var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(cancellationToken), cancellationToken);
            string Text(string testId) => document.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? string.Empty;
            if (document.QuerySelector("[data-testid=import-running]") is null)
            {
                return new ImportStatus(Text("import-state"), Number(Text("import-rows")), Number(Text("import-added")));
            }

            await Task.Delay(StatusEvery, cancellationToken);
        }
    }

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number) ? number : 0;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record ImportStatus(string State, int RowsRead, int PlaysAdded);
}
