namespace CleanSpotify.Application.Export;

/// <summary>The rule every export shares: a format the site can write.</summary>
public static class ExportRules
{
    public const string FormatMessage = "The format must be csv or json.";

    public static IRuleBuilderOptions<T, ExportFormat> MustBeExportFormat<T>(this IRuleBuilder<T, ExportFormat> rule) =>
        rule.IsInEnum().WithMessage(FormatMessage);
}
