using CleanSpotify.Application.Collector;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Listening.ImportDataExport;
using CleanSpotify.Application.Recent;
using CleanSpotify.Application.TopLists.GetTopList;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Validators and the mediator, with the pipeline order written once: Logging (outcome, time and unexpected
    /// exceptions), then Validation (innermost, so invalid input is an expected failure, never an exception).
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining<GetTopListQuery>(ServiceLifetime.Singleton, includeInternalTypes: false);
        services.AddScoped<TopListPageReader>();
        services.AddScoped<TopListSlice>();
        services.AddScoped<RecentPlays>();
        services.AddScoped<SpotifyDataEraser>();
        services.AddScoped<CollectorSweep>();
        services.AddScoped<DataExportImporter>();
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(GetTopListQuery)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(AuthenticationBehavior<,>),
                typeof(ValidationBehavior<,>),
            ];
        });
        return services;
    }
}
