using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>Records the jobs handed over; <see cref="Full"/> makes it refuse them.</summary>
public sealed class FakeImportScheduler : IImportScheduler
{
    public List<Guid> Enqueued { get; } = [];

    public bool Full { get; set; }

    public bool TryEnqueue(Guid jobId)
    {
        if (Full)
        {
            return false;
        }

        Enqueued.Add(jobId);
        return true;
    }
}
