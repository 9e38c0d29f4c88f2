using EcsConsole.Core.Delivery;

namespace EcsConsole.Core.Tests.Delivery;

public sealed class QuietWindowTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(23, 30, true)]
    [InlineData(2, 0, true)]
    [InlineData(6, 0, false)]
    [InlineData(12, 0, false)]
    [InlineData(22, 0, true)]
    public void Contains_WindowAcrossMidnight_CoversTheNight(int hour, int minute, bool expected) =>
        Assert.Equal(expected, new QuietWindow(22 * 60, 6 * 60).Contains(Day.AddHours(hour).AddMinutes(minute)));

    [Fact]
    public void EndAfter_LateEvening_IsTomorrowMorning() =>
        Assert.Equal(Day.AddDays(1).AddHours(6), new QuietWindow(22 * 60, 6 * 60).EndAfter(Day.AddHours(23)));

    [Fact]
    public void ParseMinute_NotATime_SaysTheFormat()
    {
        Assert.Null(QuietWindow.ParseMinute("25:00", out var problem));
        Assert.Contains("HH:mm", problem);
        Assert.Equal(22 * 60 + 30, QuietWindow.ParseMinute("22:30", out _));
    }
}
