namespace CleanSpotify.Application.Account.GetHeaderAccount;

public sealed record HeaderAccountDto(string DisplayName, Uri? ImageUrl);
