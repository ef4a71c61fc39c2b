using Mediator;
using NetArchTest.Rules;

namespace CleanSpotify.ArchitectureTests;

/// <summary>House conventions that keep use cases uniform.</summary>
public sealed class ConventionTests
{
    [Fact]
    public void Handlers_AreSealed()
    {
        var result = Types.InAssembly(Layers.Application).That()
            .HaveNameEndingWith("Handler").Should().BeSealed().GetResult();

        result.IsSuccessful.Should().BeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Messages_LiveInTheirUseCaseFolderWithAHandler()
    {
        var messages = Layers.Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t))
            .ToArray();

        messages.Should().NotBeEmpty();
        foreach (var message in messages)
        {
            var useCase = message.Name.Replace("Command", string.Empty, StringComparison.Ordinal).Replace("Query", string.Empty, StringComparison.Ordinal);
            message.Namespace.Should().EndWith("." + useCase, $"{message.Name} belongs in a folder named after its use case");
            Layers.Application.GetType(message.FullName + "Handler").Should().NotBeNull($"{message.Name} needs a handler next to it");
        }
    }

    [Fact]
    public void Controllers_DoNotTouchDataOrSpotifyDirectly()
    {
        var result = Types.InAssembly(Layers.Web).That().HaveNameEndingWith("Controller").ShouldNot()
            .HaveDependencyOnAny("CleanSpotify.Application.Abstractions", "System.Net.Http")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }
}
