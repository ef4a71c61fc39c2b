namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: hands a stored job to the background importer of this instance.</summary>
public interface IImportScheduler
{
    /// <summary>False when the importer's queue is full; the job was not taken.</summary>
    bool TryEnqueue(Guid jobId);
}
