namespace CleanSpotify.Application.Listening.ImportDataExport.StartImport;

/// <summary>Starts importing the uploaded export files for the signed-in user; the result is the job's id.</summary>
public sealed record StartImportCommand(IReadOnlyList<ImportUpload> Files) : ICommand<Result<Guid>>, ISignedInRequest;
