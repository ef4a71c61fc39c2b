using System.Globalization;

namespace CleanSpotify.SpotifySandbox;

/// <summary>Runs the sandbox on its own: <c>dotnet run --project src/CleanSpotify.SpotifySandbox</c>.</summary>
public static partial class Program
{
    private const int DefaultPort = 5050;

    /// <summary>
    /// Binds <c>http://127.0.0.1:5050</c> unless <c>--urls</c> or <c>Sandbox:Port</c> says otherwise; options come from
    /// the <c>Sandbox</c> configuration section (command line, environment variables <c>Sandbox__ClientId</c>, …).
    /// </summary>
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var section = builder.Configuration.GetSection(SandboxOptions.SectionName);
        var options = BindOptions(section);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            var port = section.GetValue("Port", DefaultPort);
            builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        }

        var app = SandboxApplication.Build(builder, options, TimeProvider.System);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Program));
        var redirectUris = string.Join(", ", options.RedirectUris);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = string.Join(", ", app.Urls);
            LogStarted(logger, urls, options.ClientId, redirectUris);
        });
        await app.RunAsync();
    }

    private static SandboxOptions BindOptions(IConfigurationSection section)
    {
        var options = new SandboxOptions();
        if (section.GetSection(nameof(SandboxOptions.RedirectUris)).GetChildren().Any())
        {
            options.RedirectUris.Clear();
        }

        section.Bind(options);
        return options;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Spotify sandbox listening on {Urls} for client id {ClientId}; redirect URIs: {RedirectUris}")]
    private static partial void LogStarted(ILogger logger, string urls, string clientId, string redirectUris);
}
