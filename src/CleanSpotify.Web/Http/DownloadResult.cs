using CleanSpotify.Application.Export;

namespace CleanSpotify.Web.Http;

/// <summary>A download as the browser saves it: <c>Content-Disposition: attachment</c> with the use case's name and the format's extension and media type.</summary>
public static class DownloadResult
{
    public static FileContentResult For(ExportFileDto file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new FileContentResult(file.Content, ExportFormats.ToContentType(file.Format))
        {
            FileDownloadName = $"{file.Name}.{ExportFormats.ToExtension(file.Format)}",
        };
    }
}
