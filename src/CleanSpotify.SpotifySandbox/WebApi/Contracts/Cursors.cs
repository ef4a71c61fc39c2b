namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

/// <summary>Unix milliseconds as strings: <c>after</c> is the newest play on the page, <c>before</c> the oldest.</summary>
internal sealed record Cursors(string After, string Before);
