namespace CleanSpotify.Domain.History;

/// <summary>Which top list a snapshot records.</summary>
public enum TopListKind
{
    Tracks = 1,
    Artists = 2,
}
