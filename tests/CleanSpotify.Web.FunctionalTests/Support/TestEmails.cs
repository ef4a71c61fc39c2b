namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>Unique sign-in names, so tests sharing a database never collide.</summary>
public static class TestEmails
{
    public const string Password = "correct-horse-battery-7";

    public static string Unique(string prefix = "user") => $"{prefix}-{Guid.NewGuid():N}@example.test";
}
