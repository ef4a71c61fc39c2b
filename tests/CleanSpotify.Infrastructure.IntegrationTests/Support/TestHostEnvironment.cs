using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CleanSpotify.Infrastructure.IntegrationTests.Support;

/// <summary>The little of <see cref="IHostEnvironment"/> that Infrastructure reads: the content root.</summary>
internal sealed class TestHostEnvironment(string contentRootPath) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "IntegrationTests";

    public string ApplicationName { get; set; } = typeof(TestHostEnvironment).Assembly.GetName().Name!;

    public string ContentRootPath { get; set; } = contentRootPath;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
