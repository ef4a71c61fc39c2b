using CleanSpotify.Application.Listening;

namespace CleanSpotify.UnitTests.Application.Listening;

public sealed class ListeningClockTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("UTC", true)]
    [InlineData("America/Argentina/Buenos_Aires", true)]
    [InlineData("W. Europe Standard Time", false)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsKnownTimeZone_AcceptsIanaIdsOnly(string? id, bool known) => ListeningClock.IsKnownTimeZone(id).Should().Be(known);

    [Fact]
    public void ToPeriod_Berlin_CoversLocalMidnightToMidnightInWinterAndSummer()
    {
        var winter = ListeningClock.ToPeriod(new DateOnly(2027, 1, 19), new DateOnly(2027, 1, 19), Berlin);
        var summer = ListeningClock.ToPeriod(new DateOnly(2027, 7, 1), new DateOnly(2027, 7, 2), Berlin);

        winter.Should().Be(new PlayPeriod(Utc("2027-01-18T23:00:00Z"), Utc("2027-01-19T23:00:00Z")));
        summer.Should().Be(new PlayPeriod(Utc("2027-06-30T22:00:00Z"), Utc("2027-07-02T22:00:00Z")));
        ListeningClock.ToPeriod(null, null, Berlin).Should().Be(PlayPeriod.All);
    }

    [Fact]
    public void StartOfDay_WhereTheClockSkipsMidnight_IsTheFirstValidTime()
    {
        // Santiago de Chile moved its clocks from 00:00 to 01:00 on 8 September 2024.
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        ListeningClock.StartOfDay(new DateOnly(2024, 9, 8), santiago).Should().Be(Utc("2024-09-08T04:00:00Z"));
    }

    [Fact]
    public void Find_UnknownId_FallsBackToUtc() => ListeningClock.Find("Nowhere/Land").Should().Be(TimeZoneInfo.Utc);

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, null);
}
