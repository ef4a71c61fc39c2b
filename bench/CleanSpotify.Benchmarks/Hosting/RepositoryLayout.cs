using System.Reflection;

namespace CleanSpotify.Benchmarks.Hosting;

/// <summary>Where the repository and the site's build are, found from this program's own output folder.</summary>
internal sealed record RepositoryLayout(string Root, string Configuration)
{
    public string WebContentRoot => Path.Combine(Root, "src", "CleanSpotify.Web");

    /// <summary>The site as its own project built it, so it runs with its own runtime and dependency files.</summary>
    public string WebAssembly => Path.Combine(WebContentRoot, "bin", Configuration, "net10.0", "CleanSpotify.Web.dll");

    /// <summary>The runtime settings the site's build gives its process (GC and others), beside <see cref="WebAssembly"/>.</summary>
    public string WebRuntimeConfig => Path.ChangeExtension(WebAssembly, ".runtimeconfig.json");

    public static RepositoryLayout Find()
    {
        var configuration = typeof(RepositoryLayout).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CleanSpotify.sln")))
            {
                return new RepositoryLayout(folder.FullName, configuration);
            }
        }

        throw new InvalidOperationException("CleanSpotify.sln was not found above " + AppContext.BaseDirectory);
    }
}
