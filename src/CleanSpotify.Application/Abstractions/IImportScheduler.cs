namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: hands a stored job to the background importer of this instance.</summary>
public interface IImportScheduler
{
    void Enqueue(Guid jobId);
}
