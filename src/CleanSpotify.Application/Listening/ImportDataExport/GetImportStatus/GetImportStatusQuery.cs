namespace CleanSpotify.Application.Listening.ImportDataExport.GetImportStatus;

/// <summary>The signed-in user's import with this id: state, progress and outcome.</summary>
public sealed record GetImportStatusQuery(Guid Id) : IQuery<Result<ImportJob>>, ISignedInRequest;
