using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Logs;
using EcsConsole.Sandbox.Protocol.Ecs;

namespace EcsConsole.Sandbox.Protocol.Logs;

/// <summary>CloudWatch Logs (JSON 1.1, Logs_20140328): the awslogs output of the sandbox's containers. Timestamps are epoch milliseconds.</summary>
public sealed partial class LogsJsonApi : JsonApi
{
    private readonly SandboxEngine _engine;

    public LogsJsonApi(SandboxEngine engine)
    {
        _engine = engine;
        Register("DescribeLogGroups", input => engine.Read(state => DescribeLogGroups(state, input)));
        Register("DescribeLogStreams", input => engine.Read(state => DescribeLogStreams(state, input)));
        Register("GetLogEvents", input => engine.Read(state => GetLogEvents(state, input)));
        Register("FilterLogEvents", input => engine.Read(state => FilterLogEvents(state, input)));
        Register("CreateLogGroup", input =>
        {
            engine.Logs.CreateLogGroup(input.RequiredString("logGroupName"), input.Object("tags")?.Body.ToDictionary(t => t.Key, t => t.Value?.GetValue<string>() ?? "", StringComparer.Ordinal) ?? []);
            return [];
        });
        Register("DeleteLogGroup", input =>
        {
            engine.Logs.DeleteLogGroup(input.RequiredString("logGroupName"));
            return [];
        });
        Register("ListTagsForResource", input => engine.Read(state => ListTagsForResource(state, input)));
        Register("PutRetentionPolicy", input =>
        {
            engine.Logs.PutRetentionPolicy(input.RequiredString("logGroupName"), input.Int("retentionInDays") ?? throw SandboxErrors.InvalidParameter("retentionInDays must be specified."));
            return [];
        });
    }

    public override string TargetPrefix => "Logs_20140328";

    private DateTimeOffset Now => _engine.TimeProvider.GetUtcNow();

    private static long Millis(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    private JsonObject DescribeLogGroups(SandboxState state, JsonInput input)
    {
        var prefix = input.String("logGroupNamePrefix");
        var pattern = input.String("logGroupNamePattern");
        if (prefix is not null && pattern is not null)
        {
            throw SandboxErrors.InvalidParameter("LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.");
        }

        var groups = LogCatalog.Groups(state)
            .Where(g => prefix is null || g.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Where(g => pattern is null || g.Name.Contains(pattern, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var (page, next) = Paginator.Page(groups, input, $"DescribeLogGroups/{prefix}/{pattern}", 50, 50, "limit");
        return new JsonObject
        {
            ["logGroups"] = WireJson.Array(page.Select(g => new JsonObject
            {
                ["logGroupName"] = g.Name,
                ["creationTime"] = Millis(g.CreatedAt),
                ["metricFilterCount"] = 0,
                ["arn"] = $"arn:aws:logs:{_engine.Arns.Region}:{_engine.Arns.AccountId}:log-group:{g.Name}:*",
                ["storedBytes"] = 0,
                ["logGroupClass"] = "STANDARD",
                ["logGroupArn"] = $"arn:aws:logs:{_engine.Arns.Region}:{_engine.Arns.AccountId}:log-group:{g.Name}",
            }.With("retentionInDays", g.RetentionInDays))),
        }.With("nextToken", next);
    }

    /// <summary>
    /// The tags of a log group (those given to CreateLogGroup; the groups of the seeded tasks have none), by its ARN without
    /// the trailing <c>:*</c>, as CloudWatch Logs ListTagsForResource.
    /// </summary>
    private JsonObject ListTagsForResource(SandboxState state, JsonInput input)
    {
        var arn = input.RequiredString("resourceArn");
        var prefix = $"arn:aws:logs:{_engine.Arns.Region}:{_engine.Arns.AccountId}:log-group:";
        if (!arn.StartsWith(prefix, StringComparison.Ordinal) || arn.EndsWith(":*", StringComparison.Ordinal))
        {
            throw SandboxErrors.InvalidParameter($"'{arn}' is not the ARN of a log group of this account and region ({prefix}<name>, without ':*').");
        }

        var name = arn[prefix.Length..];
        if (!LogCatalog.Groups(state).Any(g => g.Name == name))
        {
            throw new SandboxApiException("ResourceNotFoundException", "The specified log group does not exist.");
        }

        var tags = state.LogGroupSettings.TryGetValue(name, out var settings) ? settings.Tags : [];
        var map = new JsonObject();
        foreach (var (key, value) in tags.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            map[key] = value;
        }

        return new JsonObject { ["tags"] = map };
    }

    private JsonObject DescribeLogStreams(SandboxState state, JsonInput input)
    {
        var group = Group(state, input);
        var prefix = input.String("logStreamNamePrefix");
        var byLastEvent = input.Enum("orderBy", "LogStreamName", "LastEventTime") == "LastEventTime";
        if (byLastEvent && prefix is not null)
        {
            throw SandboxErrors.InvalidParameter("Cannot order by LastEventTime with a logStreamNamePrefix.");
        }

        var now = Now;
        var streams = LogCatalog.Streams(state, group)
            .Where(s => prefix is null || s.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => (Stream: s, Events: TaskLogGenerator.Events(s.Task, s.Container, now)))
            .ToList();
        var ordered = byLastEvent
            ? streams.OrderBy(s => s.Events.Count == 0 ? DateTimeOffset.MinValue : s.Events[^1].Timestamp).ToList()
            : streams;
        if (input.Bool("descending") == true)
        {
            ordered.Reverse();
        }

        var (page, next) = Paginator.Page(ordered, input, $"DescribeLogStreams/{group}/{prefix}/{byLastEvent}", 50, 50, "limit");
        return new JsonObject
        {
            ["logStreams"] = WireJson.Array(page.Select(s =>
            {
                var json = new JsonObject
                {
                    ["logStreamName"] = s.Stream.Name,
                    ["creationTime"] = Millis(s.Stream.CreatedAt),
                };
                if (s.Events.Count > 0)
                {
                    json["firstEventTimestamp"] = Millis(s.Events[0].Timestamp);
                    json["lastEventTimestamp"] = Millis(s.Events[^1].Timestamp);
                    json["lastIngestionTime"] = Millis(s.Events[^1].IngestionTime);
                }

                json["arn"] = $"arn:aws:logs:{_engine.Arns.Region}:{_engine.Arns.AccountId}:log-group:{group}:log-stream:{s.Stream.Name}";
                json["storedBytes"] = 0;
                return json;
            })),
        }.With("nextToken", next);
    }

    /// <summary>The log group a request names by logGroupName or logGroupIdentifier (name or ARN).</summary>
    private static string Group(SandboxState state, JsonInput input)
    {
        var name = input.String("logGroupName");
        var identifier = input.String("logGroupIdentifier");
        if (name is not null && identifier is not null)
        {
            throw SandboxErrors.InvalidParameter("LogGroup name and LogGroup ARN are mutually exclusive parameters.");
        }

        var group = name ?? (identifier is null ? null : identifier.StartsWith("arn:", StringComparison.Ordinal) ? identifier.Split(':')[6] : identifier)
            ?? throw SandboxErrors.InvalidParameter("Either logGroupName or logGroupIdentifier must be specified.");
        return LogCatalog.Groups(state).Any(g => g.Name == group)
            ? group
            : throw new SandboxApiException("ResourceNotFoundException", "The specified log group does not exist.");
    }
}
