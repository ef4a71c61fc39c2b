using CleanSpotify.Application.Export;
using Microsoft.Net.Http.Headers;

namespace CleanSpotify.Web.Http;

/// <summary>
/// A download as the browser saves it: <c>Content-Disposition: attachment</c> with the use case's name and the
/// format's extension and media type, from bytes or streamed.
/// </summary>
public static class DownloadResult
{
    public static FileContentResult For(ExportFileDto file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new FileContentResult(file.Content, ExportFormats.ToContentType(file.Format))
        {
            FileDownloadName = FileName(file.Name, file.Format),
        };
    }

    /// <summary>The same download, written into the response as the use case produces it.</summary>
    public static IActionResult For(ExportStreamDto file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new StreamedDownload(file);
    }

    private static string FileName(string name, ExportFormat format) => $"{name}.{ExportFormats.ToExtension(format)}";

    private sealed class StreamedDownload(ExportStreamDto file) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var response = context.HttpContext.Response;
            response.ContentType = ExportFormats.ToContentType(file.Format);
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(FileName(file.Name, file.Format));
            response.Headers.ContentDisposition = disposition.ToString();
            await file.WriteToAsync(response.Body, context.HttpContext.RequestAborted);
        }
    }
}
