using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>A known provider, and for PostgreSQL a connection string, which has no default: the server is the operator's.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (ConfiguredEnum.Check<DatabaseProvider>(DatabaseOptions.ProviderKey, options.ProviderName) is { } failure)
        {
            return ValidateOptionsResult.Fail(failure);
        }

        return options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString)
            ? ValidateOptionsResult.Fail(
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} must be set to a PostgreSQL connection string when {DatabaseOptions.ProviderKey} is Postgres.")
            : ValidateOptionsResult.Success;
    }
}
