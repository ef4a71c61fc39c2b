using NetArchTest.Rules;

namespace CleanSpotify.ArchitectureTests;

/// <summary>The dependency rule, checked on the compiled assemblies rather than promised in a document.</summary>
public sealed class DependencyRuleTests
{
    [Fact]
    public void Domain_ReferencesOnlyTheBaseClassLibrary()
    {
        Layers.ReferencedAssemblyNames(Layers.Domain)
            .Should().OnlyContain(name => name == "System.Runtime" || name.StartsWith("System.", StringComparison.Ordinal) || name == "netstandard");
    }

    [Fact]
    public void Domain_DependsOnNoOtherLayer()
    {
        var result = Types.InAssembly(Layers.Domain).ShouldNot()
            .HaveDependencyOnAny("CleanSpotify.Application", "CleanSpotify.Infrastructure", "CleanSpotify.Web", "CleanSpotify.SpotifySandbox", "Microsoft")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Offenders(result));
    }

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Refit")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.Extensions.Http")]
    [InlineData("System.Net.Http")]
    [InlineData("CleanSpotify.Infrastructure")]
    [InlineData("CleanSpotify.Web")]
    [InlineData("Quartz")]
    public void Application_DoesNotDependOn(string forbidden)
    {
        var result = Types.InAssembly(Layers.Application).ShouldNot().HaveDependencyOn(forbidden).GetResult();

        result.IsSuccessful.Should().BeTrue(Offenders(result));
        Layers.ReferencedAssemblyNames(Layers.Application).Should().NotContain(name => name.StartsWith(forbidden, StringComparison.Ordinal));
    }

    [Fact]
    public void Application_HoldsNoUrlWords()
    {
        var result = Types.InAssembly(Layers.Application).ShouldNot().HaveNameEndingWith("Names", StringComparison.Ordinal).GetResult();

        result.IsSuccessful.Should().BeTrue("URL words such as TimeRangeNames live in Web; " + Offenders(result));
    }

    [Fact]
    public void Ports_DependOnNoUseCaseFolder()
    {
        var useCaseNamespaces = Layers.Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.Namespace == "Mediator" && i.Name.EndsWith("Handler`2", StringComparison.Ordinal)))
            .Select(t => t.Namespace!)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        useCaseNamespaces.Should().Contain("CleanSpotify.Application.TopLists.GetTopList", "the rule must see the use-case folders");

        var result = Types.InAssembly(Layers.Application).That().ResideInNamespace("CleanSpotify.Application.Abstractions")
            .ShouldNot().HaveDependencyOnAny(useCaseNamespaces)
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Offenders(result));
    }

    [Fact]
    public void Infrastructure_DoesNotDependOnWebOrSandbox()
    {
        var result = Types.InAssembly(Layers.Infrastructure).ShouldNot()
            .HaveDependencyOnAny("CleanSpotify.Web", "CleanSpotify.SpotifySandbox")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Offenders(result));
    }

    [Fact]
    public void Web_UsesInfrastructureOnlyThroughItsRegistrationExtension()
    {
        var result = Types.InAssembly(Layers.Web).ShouldNot()
            .HaveDependencyOnAny("CleanSpotify.Infrastructure.Persistence", "CleanSpotify.Infrastructure.Spotify", "CleanSpotify.Infrastructure.Scheduling", "Quartz")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Offenders(result));
        Layers.Infrastructure.GetExportedTypes()
            .Where(t => t.Namespace == "CleanSpotify.Infrastructure")
            .Select(t => t.Name)
            .Should().BeEquivalentTo(["DependencyInjection"], "the root namespace is the only one Web may use, and it holds only the registration");
    }

    [Fact]
    public void Web_DoesNotUseEntityFrameworkOrRefitDirectly()
    {
        var result = Types.InAssembly(Layers.Web).ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Refit")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Offenders(result));
    }

    [Fact]
    public void Sandbox_ReferencesNoLayerOfTheApp()
    {
        var result = Types.InAssembly(Layers.Sandbox).ShouldNot()
            .HaveDependencyOnAny("CleanSpotify.Domain", "CleanSpotify.Application", "CleanSpotify.Infrastructure", "CleanSpotify.Web")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Offenders(result));
        Layers.ReferencedAssemblyNames(Layers.Sandbox).Should().NotContain(name => name.StartsWith("CleanSpotify.", StringComparison.Ordinal));
    }

    private static string Offenders(NetArchTest.Rules.TestResult result) =>
        "these types break the rule: " + string.Join(", ", result.FailingTypeNames ?? []);
}
