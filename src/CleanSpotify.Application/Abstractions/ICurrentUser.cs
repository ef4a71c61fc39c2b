namespace CleanSpotify.Application.Abstractions;

/// <summary>Who is calling: the signed-in app user's id, or null for an anonymous visitor.</summary>
public interface ICurrentUser
{
    string? Id { get; }
}
