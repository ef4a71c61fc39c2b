using FluentValidation;

namespace CleanSpotify.Application.Export;

/// <summary>The rule every export shares: a format the site can write.</summary>
public static class ExportRules
{
    public static IRuleBuilderOptions<T, string?> MustBeExportFormat<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(f => ExportFormats.TryParse(f, out _))
            .WithMessage("The format must be csv or json.");
}
