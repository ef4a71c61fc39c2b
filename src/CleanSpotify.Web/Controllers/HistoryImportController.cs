using CleanSpotify.Application.Listening.ImportDataExport;
using CleanSpotify.Application.Listening.ImportDataExport.GetImportStatus;
using CleanSpotify.Application.Listening.ImportDataExport.StartImport;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Web.Controllers;

/// <summary>
/// Importing Spotify's data export: the upload page, its form's target (303 to the job's page) and the job's status
/// page. The upload's size limit is applied before the body is read, by <see cref="ImportUploadLimitsMiddleware"/>.
/// </summary>
[Authorize]
[Route("history/import")]
public sealed class HistoryImportController(ISender sender, IOptions<ImportOptions> options) : Controller
{
    [HttpGet("")]
    public IActionResult New() => View(new ImportFormViewModel(options.Value.MaxUploadBytes));

    [HttpPost("")]
    [EnableRateLimiting(RateLimitPolicies.UserActions)]
    public async Task<IActionResult> Create(List<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var uploads = files.Select(file => new ImportUpload(file.FileName, file.OpenReadStream)).ToArray();
        var result = await sender.Send(new StartImportCommand(uploads), cancellationToken);
        return await this.ToFormResultAsync(
            result,
            id =>
            {
                Response.Headers.Location = $"/history/import/{id:D}";
                return StatusCode(StatusCodes.Status303SeeOther);
            },
            () => Task.FromResult<IActionResult>(View(nameof(New), new ImportFormViewModel(options.Value.MaxUploadBytes))));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetImportStatusQuery(id), cancellationToken);
        return this.ToActionResult(result, job => View(ImportStatusViewModel.From(job)));
    }
}
