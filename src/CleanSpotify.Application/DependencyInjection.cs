using CleanSpotify.Application.Common.Behaviors;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Listening.ImportDataExport;
using CleanSpotify.Application.Tracks.GetTopTracks;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Validators and the mediator, with the pipeline order written once: Logging, then UnhandledException, then
    /// Validation (innermost, so expected failures never reach the exception logger).
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining<GetTopTracksQuery>(ServiceLifetime.Singleton, includeInternalTypes: false);
        services.AddScoped<TopListPageReader>();
        services.AddScoped<TopListSlice>();
        services.AddScoped<SpotifyDataEraser>();
        services.AddScoped<DataExportImporter>();
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(GetTopTracksQuery)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(UnhandledExceptionBehavior<,>),
                typeof(ValidationBehavior<,>),
            ];
        });
        return services;
    }
}
