namespace CleanSpotify.Application.Common.Behaviors;

/// <summary>Marks exceptions that have been logged already, so that each failure is logged exactly once.</summary>
public static class LoggedExceptions
{
    private const string DataKey = "CleanSpotify.Logged";

    public static void Mark(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        exception.Data[DataKey] = true;
    }

    public static bool IsMarked(Exception exception) => exception?.Data.Contains(DataKey) == true;
}
