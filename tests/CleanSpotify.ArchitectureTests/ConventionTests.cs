using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Behaviors;
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
    public void Handlers_ThatReadTheCurrentUser_HandleSignedInMessagesOnly()
    {
        var handlers = Layers.Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && DependsOnCurrentUser(t, []))
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition()))
                .Select(i => (Handler: t, Message: i.GetGenericArguments()[0])))
            .ToArray();

        handlers.Should().NotBeEmpty();
        handlers.Where(h => !typeof(ISignedInRequest).IsAssignableFrom(h.Message))
            .Select(h => h.Handler.Name)
            .Should().BeEmpty("a handler that reads the current user must get its caller checked by AuthenticationBehavior");
    }

    [Fact]
    public void Controllers_DoNotTouchDataOrSpotifyDirectly()
    {
        var result = Types.InAssembly(Layers.Web).That().HaveNameEndingWith("Controller").ShouldNot()
            .HaveDependencyOnAny("CleanSpotify.Application.Abstractions", "System.Net.Http")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    private static readonly Type[] HandlerInterfaces = [typeof(ICommandHandler<,>), typeof(IQueryHandler<,>)];

    /// <summary>Whether the type's constructors take <see cref="ICurrentUser"/>, directly or through an application service.</summary>
    private static bool DependsOnCurrentUser(Type type, HashSet<Type> seen) =>
        seen.Add(type) && type.GetConstructors().SelectMany(c => c.GetParameters()).Any(p =>
            p.ParameterType == typeof(ICurrentUser)
            || (p.ParameterType.Assembly == Layers.Application && p.ParameterType.IsClass && DependsOnCurrentUser(p.ParameterType, seen)));
}
