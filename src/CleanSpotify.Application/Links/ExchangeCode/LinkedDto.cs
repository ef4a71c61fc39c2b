namespace CleanSpotify.Application.Links.ExchangeCode;

/// <summary>A completed link: who was linked, and the local page the user started from, if any.</summary>
public sealed record LinkedDto(string? DisplayName, string? ReturnUrl);
