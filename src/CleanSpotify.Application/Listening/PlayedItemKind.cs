namespace CleanSpotify.Application.Listening;

/// <summary>What a top list of stored plays ranks.</summary>
public enum PlayedItemKind
{
    Track = 1,
    Artist = 2,
    Album = 3,
}
