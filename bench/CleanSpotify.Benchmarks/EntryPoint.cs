using CleanSpotify.Benchmarks.Ceiling;
using CleanSpotify.Benchmarks.Hosting;
using CleanSpotify.Benchmarks.Reporting;
using CleanSpotify.Benchmarks.Scenarios;

namespace CleanSpotify.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/CleanSpotify.Benchmarks [-- options]</c> runs the benchmarks and writes
/// <c>docs/benchmarks.md</c>. The hidden <c>ceiling</c> command is the ceiling server the run starts as a child process.
/// </summary>
internal static class EntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["ceiling", var fixture, var contentRoot, .. var hostArgs])
        {
            await CeilingHost.RunAsync(hostArgs, fixture, contentRoot);
            return 0;
        }

        if (args is ["--help"] or ["-h"])
        {
            Console.WriteLine(BenchmarkOptions.Usage);
            return 0;
        }

        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message + Environment.NewLine + BenchmarkOptions.Usage);
            return 2;
        }

        var layout = RepositoryLayout.Find();
        if (!string.Equals(layout.Configuration, "Release", StringComparison.Ordinal) || !File.Exists(layout.WebAssembly))
        {
            await Console.Error.WriteLineAsync($"Build and run in Release: dotnet run -c Release --project bench/CleanSpotify.Benchmarks ({layout.WebAssembly} is needed).");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        var report = await new BenchmarkRun(options, layout, Console.Out).RunAsync(cancel.Token);
        var generated = MarkdownReport.Render(report);
        if (options.Output == "-")
        {
            Console.WriteLine(generated);
        }
        else
        {
            var path = Path.GetFullPath(options.Output, layout.Root);
            await File.WriteAllTextAsync(path, MarkdownReport.Merge(File.Exists(path) ? await File.ReadAllTextAsync(path, cancel.Token) : null, generated), cancel.Token);
            Console.WriteLine($"Wrote {path}");
        }

        Console.WriteLine();
        foreach (var target in report.Targets)
        {
            Console.WriteLine($"{(target.Pass ? "PASS" : "MISS")}  {target.Target}: {target.Measured}");
        }

        Console.WriteLine();
        Console.WriteLine("Key ratios:");
        foreach (var ratio in report.KeyRatios)
        {
            Console.WriteLine("  " + ratio);
        }

        return 0;
    }
}
