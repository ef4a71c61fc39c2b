using System.Reflection;

namespace CleanSpotify.ArchitectureTests;

/// <summary>The assemblies under test, found through a type each one owns.</summary>
internal static class Layers
{
    public static readonly Assembly Domain = typeof(Domain.Links.SpotifyLink).Assembly;

    public static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;

    public static readonly Assembly Infrastructure = typeof(Infrastructure.DependencyInjection).Assembly;

    public static readonly Assembly Web = typeof(Web.DependencyInjection).Assembly;

    public static readonly Assembly Sandbox = typeof(SpotifySandbox.SandboxHost).Assembly;

    public static IEnumerable<string> ReferencedAssemblyNames(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!);
}
