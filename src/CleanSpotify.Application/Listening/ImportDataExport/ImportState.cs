namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>Where an import of a Spotify data export stands; the status page shows the lower-case name.</summary>
public enum ImportState
{
    /// <summary>Uploaded and waiting for the importer.</summary>
    Queued = 1,

    /// <summary>Checking the upload: which files it holds, their kinds and sizes.</summary>
    Reading = 2,

    /// <summary>Storing plays, one file at a time.</summary>
    Saving = 3,

    /// <summary>Finished; per-file errors, if any, are listed.</summary>
    Done = 4,

    /// <summary>Stopped with <see cref="ImportJob.FailureMessage"/>; plays already stored stay.</summary>
    Failed = 5,
}
