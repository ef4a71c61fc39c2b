namespace CleanSpotify.Web.Services;

/// <summary>Facts about this run of the site that pages show, such as the sandbox badge.</summary>
public sealed record SiteInfo(bool UsesSandbox, Uri? SandboxAdminUrl);
