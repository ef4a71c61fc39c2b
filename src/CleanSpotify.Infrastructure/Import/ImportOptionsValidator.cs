using CleanSpotify.Application.Listening.ImportDataExport;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.Import;

/// <summary>Start-up checks of the <c>Import</c> section: one sentence per problem, naming the key.</summary>
internal sealed class ImportOptionsValidator : IValidateOptions<ImportOptions>
{
    public ValidateOptionsResult Validate(string? name, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxUploadBytes <= 0)
        {
            failures.Add($"Import:MaxUploadBytes must be a positive number of bytes (default {new ImportOptions().MaxUploadBytes}); {options.MaxUploadBytes} is not.");
        }

        if (options.MaxUncompressedBytes <= 0)
        {
            failures.Add($"Import:MaxUncompressedBytes must be a positive number of bytes (default {new ImportOptions().MaxUncompressedBytes}); {options.MaxUncompressedBytes} is not.");
        }

        if (options.MaxEntries <= 0)
        {
            failures.Add($"Import:MaxEntries must be a positive number (default {new ImportOptions().MaxEntries}); {options.MaxEntries} is not.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
