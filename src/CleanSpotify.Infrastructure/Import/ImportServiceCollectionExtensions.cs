using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Listening.ImportDataExport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.Import;

internal static class ImportServiceCollectionExtensions
{
    /// <summary>Data-export imports: the <c>Import</c> limits, the upload folder, the reader and the background worker.</summary>
    public static IServiceCollection AddDataExportImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ImportOptions>, ImportOptionsValidator>();
        services.AddSingleton<ImportUploadStore>();
        services.AddSingleton<IImportUploadStore>(provider => provider.GetRequiredService<ImportUploadStore>());
        services.AddSingleton(provider => ImportInstance.For(provider.GetRequiredService<ImportUploadStore>().Root));
        services.AddSingleton<IDataExportReader, DataExportReader>();
        services.AddSingleton<ImportScheduler>();
        services.AddSingleton<IImportScheduler>(provider => provider.GetRequiredService<ImportScheduler>());
        services.AddHostedService<ImportWorker>();
        return services;
    }
}
