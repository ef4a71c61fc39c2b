namespace CleanSpotify.Application.Collector.CollectPlays;

/// <summary>One sweep of the background collector: polls the linked users whose next poll is due.</summary>
public sealed record CollectPlaysCommand : ICommand<Result<PlaysCollectedDto>>;
