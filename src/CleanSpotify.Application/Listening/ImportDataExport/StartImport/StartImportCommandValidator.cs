namespace CleanSpotify.Application.Listening.ImportDataExport.StartImport;

public sealed class StartImportCommandValidator : AbstractValidator<StartImportCommand>
{
    /// <summary>More files than a full export has (Spotify splits the extended history into a few dozen).</summary>
    public const int MaxFiles = 100;

    public StartImportCommandValidator()
    {
        RuleFor(c => c.Files)
            .NotEmpty().WithMessage("Choose your export's zip file, or its JSON files, to import.")
            .Must(files => files.Count <= MaxFiles).WithMessage($"Upload at most {MaxFiles} files at once; the zip Spotify sends is one file.");
    }
}
