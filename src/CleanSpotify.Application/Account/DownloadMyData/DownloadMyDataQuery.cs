using CleanSpotify.Application.Export;

namespace CleanSpotify.Application.Account.DownloadMyData;

/// <summary>Everything stored about the signed-in user, as a JSON download.</summary>
public sealed record DownloadMyDataQuery : IQuery<Result<ExportFileDto>>, ISignedInRequest;
