namespace CleanSpotify.Application.SpotifyData;

/// <summary>What every top-list item has, whichever list it comes from; a list of either kind is read as these.</summary>
public abstract record TopItemDto(int Rank, string Id, string Name, Uri? ImageUrl, Uri? SpotifyUrl);
