using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Logs;
using EcsConsole.Sandbox.Protocol.Ecs;

namespace EcsConsole.Sandbox.Protocol.Logs;

public sealed partial class LogsJsonApi
{
    private JsonObject GetLogEvents(SandboxState state, JsonInput input)
    {
        var group = Group(state, input);
        var streamName = input.RequiredString("logStreamName");
        var stream = LogCatalog.Streams(state, group).FirstOrDefault(s => s.Name == streamName)
            ?? throw new SandboxApiException("ResourceNotFoundException", "The specified log stream does not exist.");
        var limit = Limit(input);
        var (start, end) = Window(input);
        var token = input.String("nextToken");
        var fromHead = input.Bool("startFromHead") ?? false;
        if (token is not null)
        {
            var (direction, at) = ParseStreamToken(token);
            (start, end, fromHead) = direction == 'f' ? (Math.Max(start, at), end, true) : (start, Math.Min(end, at), false);
        }

        var window = TaskLogGenerator.Events(stream.Task, stream.Container, Now)
            .Where(e => Millis(e.Timestamp) >= start && Millis(e.Timestamp) < end)
            .ToList();
        var page = fromHead ? window.Take(limit).ToList() : window.Skip(Math.Max(0, window.Count - limit)).ToList();

        // With nothing further, AWS hands back the token it was given, which is how clients know they reached the end.
        var forward = page.Count > 0 ? $"f/{Millis(page[^1].Timestamp) + 1:D20}" : token is not null && token.StartsWith('f') ? token : $"f/{start:D20}";
        var backward = page.Count > 0 ? $"b/{Millis(page[0].Timestamp):D20}" : token is not null && token.StartsWith('b') ? token : $"b/{end:D20}";
        return new JsonObject
        {
            ["events"] = WireJson.Array(page.Select(e => new JsonObject
            {
                ["timestamp"] = Millis(e.Timestamp),
                ["message"] = e.Message,
                ["ingestionTime"] = Millis(e.IngestionTime),
            })),
            ["nextForwardToken"] = forward,
            ["nextBackwardToken"] = backward,
        };
    }

    private JsonObject FilterLogEvents(SandboxState state, JsonInput input)
    {
        var group = Group(state, input);
        var names = input.StringList("logStreamNames");
        var prefix = input.String("logStreamNamePrefix");
        if (names is not null && prefix is not null)
        {
            throw SandboxErrors.InvalidParameter("logStreamNames and logStreamNamePrefix are mutually exclusive parameters.");
        }

        var streams = LogCatalog.Streams(state, group)
            .Where(s => names is null || names.Contains(s.Name))
            .Where(s => prefix is null || s.Name.StartsWith(prefix, StringComparison.Ordinal))
            .ToList();
        var (start, end) = Window(input);
        var matches = FilterPattern.Parse(input.String("filterPattern"));
        var after = input.String("nextToken") is { } token ? ParseFilterToken(token) : null;
        var now = Now;
        var events = streams
            .SelectMany(s => TaskLogGenerator.Events(s.Task, s.Container, now).Select(e => (Stream: s.Name, Event: e)))
            .Where(e => Millis(e.Event.Timestamp) >= start && Millis(e.Event.Timestamp) < end && matches(e.Event.Message))
            .OrderBy(e => e.Event.Timestamp)
            .ThenBy(e => e.Event.EventId, StringComparer.Ordinal)
            .Where(e => after is null || string.CompareOrdinal(Key(e.Event), after) > 0)
            .ToList();
        var limit = Limit(input);
        var page = events.Take(limit).ToList();
        return new JsonObject
        {
            ["events"] = WireJson.Array(page.Select(e => new JsonObject
            {
                ["logStreamName"] = e.Stream,
                ["timestamp"] = Millis(e.Event.Timestamp),
                ["message"] = e.Event.Message,
                ["ingestionTime"] = Millis(e.Event.IngestionTime),
                ["eventId"] = e.Event.EventId,
            })),
            ["searchedLogStreams"] = WireJson.Array(streams.Select(s => new JsonObject { ["logStreamName"] = s.Name, ["searchedCompletely"] = events.Count <= limit })),
        }.With("nextToken", events.Count > limit ? FilterToken(Key(page[^1].Event)) : null);
    }

    private static string Key(LogEventState e) => e.EventId;

    private static int Limit(JsonInput input)
    {
        var limit = input.Int("limit") ?? 10000;
        return limit is >= 1 and <= 10000 ? limit : throw SandboxErrors.InvalidParameter("limit must be between 1 and 10000.");
    }

    private static (long Start, long End) Window(JsonInput input)
    {
        var start = input.Body["startTime"] is null ? 0 : Long(input, "startTime");
        var end = input.Body["endTime"] is null ? long.MaxValue : Long(input, "endTime");
        return start <= end ? (start, end) : throw SandboxErrors.InvalidParameter("startTime must be before endTime.");
    }

    private static long Long(JsonInput input, string member) =>
        input.Body[member] is JsonValue value && value.TryGetValue<long>(out var number)
            ? number
            : throw new SandboxApiException("SerializationException", $"'{member}' must be an epoch time in milliseconds.");

    private static (char Direction, long At) ParseStreamToken(string token) =>
        token.Length > 2 && token[0] is 'f' or 'b' && token[1] == '/' && long.TryParse(token[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var at)
            ? (token[0], at)
            : throw SandboxErrors.InvalidParameter("The specified nextToken is invalid.");

    private static string FilterToken(string eventId) => Convert.ToBase64String(Encoding.UTF8.GetBytes("filter|" + eventId));

    private static string ParseFilterToken(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            if (text.StartsWith("filter|", StringComparison.Ordinal))
            {
                return text["filter|".Length..];
            }
        }
        catch (FormatException)
        {
            // Answered below like any token the sandbox did not issue.
        }

        throw SandboxErrors.InvalidParameter("The specified nextToken is invalid.");
    }
}
