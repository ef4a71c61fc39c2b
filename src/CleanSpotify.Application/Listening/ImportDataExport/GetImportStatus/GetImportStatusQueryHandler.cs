namespace CleanSpotify.Application.Listening.ImportDataExport.GetImportStatus;

/// <summary>Reads the job only; another user's job is as unknown as a made-up id.</summary>
public sealed class GetImportStatusQueryHandler(ICurrentUser currentUser, IImportJobStore jobs)
    : IQueryHandler<GetImportStatusQuery, Result<ImportJob>>
{
    public static readonly Error Unknown = Error.NotFound(
        "import.not_found", "There is no import here. Imports are removed with your account.");

    public async ValueTask<Result<ImportJob>> Handle(GetImportStatusQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId;

        var job = await jobs.FindAsync(userId, query.Id, cancellationToken);
        return job is null ? Unknown : job;
    }
}
