using CleanSpotify.Application.Export;
using Microsoft.AspNetCore.Mvc;

namespace CleanSpotify.Web.Http;

/// <summary>A download as the browser saves it: <c>Content-Disposition: attachment</c> with the use case's file name.</summary>
public static class DownloadResult
{
    public static FileContentResult For(ExportFileDto file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new FileContentResult(file.Content, file.ContentType) { FileDownloadName = file.FileName };
    }
}
