namespace CleanSpotify.Infrastructure.Import;

/// <summary>
/// Which instance keeps a job's upload: the machine's name and the upload folder. After a restart an instance takes
/// up only its own unfinished jobs, so it never fails (or runs twice) a job another instance is running.
/// </summary>
internal sealed record ImportInstance(string Name)
{
    public const int MaxLength = 512;

    public static ImportInstance For(string uploadRoot)
    {
        var name = $"{Environment.MachineName}:{uploadRoot}";
        return new ImportInstance(name.Length > MaxLength ? name[^MaxLength..] : name);
    }
}
