using CleanSpotify.Application.Listening;

namespace CleanSpotify.UnitTests.Application.Listening;

public sealed class LocalTimesTests
{
    [Theory]
    [InlineData("Europe/Berlin")]
    [InlineData("America/St_Johns")]
    [InlineData("Australia/Lord_Howe")]
    [InlineData("Asia/Kathmandu")]
    [InlineData("Pacific/Chatham")]
    [InlineData("UTC")]
    public void ToLocal_EverySevenMinutesOfTwoYears_AgreesWithTheZone(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var local = new LocalTimes(zone);
        var mismatches = new List<DateTimeOffset>();

        for (var instant = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero); instant.Year < 2027; instant = instant.AddMinutes(7))
        {
            if (local.ToLocal(instant) != TimeZoneInfo.ConvertTime(instant, zone).DateTime)
            {
                mismatches.Add(instant);
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void ToLocal_InstantsOutOfOrder_StillAgreeWithTheZone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var local = new LocalTimes(zone);
        DateTimeOffset[] instants =
        [
            new(2026, 3, 29, 0, 59, 0, TimeSpan.Zero),
            new(2026, 10, 25, 1, 1, 0, TimeSpan.Zero),
            new(2026, 3, 29, 1, 1, 0, TimeSpan.Zero),
            new(2026, 10, 25, 0, 59, 0, TimeSpan.Zero),
        ];

        instants.Select(local.ToLocal).Should().Equal(instants.Select(i => TimeZoneInfo.ConvertTime(i, zone).DateTime));
    }
}
