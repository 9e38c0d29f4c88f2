using EcsConsole.Core.Logs;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Tests.Logs;

public sealed class TaskLogSearchTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SearchAsync_PlainText_FiltersTheTaskStreamsWithAQuotedPhraseAndNamesContainers()
    {
        var logs = new FakeLogsClient();
        logs.Write("ecs/web/t1", Start.AddSeconds(2), "GET /api responded 500");
        logs.Write("ecs/web/t1", Start.AddSeconds(1), "GET /health responded 200");
        logs.Write("ecs/envoy/t1", Start.AddSeconds(1), "upstream GET /api responded 500");
        var search = new TaskLogSearch(logs, Options.Create(new LogTailOptions()));

        var result = await search.SearchAsync(
            [new LogSource("web", "/ecs/users", "ecs/web/t1"), new LogSource("envoy", "/ecs/users", "ecs/envoy/t1")], "responded 500", CancellationToken.None);

        Assert.Equal("\"responded 500\"", logs.Filters.Single().FilterPattern);
        Assert.Equal(["ecs/web/t1", "ecs/envoy/t1"], logs.Filters.Single().LogStreamNames);
        Assert.Equal(["envoy", "web"], result.Lines.Select(l => l.Container));
        Assert.False(result.Truncated);
    }

    [Fact]
    public async Task SearchAsync_MoreMatchesThanTheLimit_StopsAndSaysTruncated()
    {
        var logs = new FakeLogsClient();
        for (var i = 0; i < 5; i++)
        {
            logs.Write("ecs/web/t1", Start.AddSeconds(i), $"ERROR {i}");
        }
        var search = new TaskLogSearch(logs, Options.Create(new LogTailOptions { MaxSearchResults = 3 }));

        var result = await search.SearchAsync([new LogSource("web", "/ecs/users", "ecs/web/t1")], "ERROR", CancellationToken.None);

        Assert.Equal(3, result.Lines.Count);
        Assert.True(result.Truncated);
    }

    [Theory]
    [InlineData("GET /api", "\"GET /api\"")]
    [InlineData("  ERROR ", "\"ERROR\"")]
    [InlineData("?ERROR ?FATAL", "?ERROR ?FATAL")]
    [InlineData("{ $.status = 500 }", "{ $.status = 500 }")]
    [InlineData("", "")]
    public void FromSearchText_Text_GivesFilterPattern(string text, string pattern) =>
        Assert.Equal(pattern, LogFilterPatterns.FromSearchText(text));
}
