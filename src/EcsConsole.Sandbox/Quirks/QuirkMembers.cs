namespace EcsConsole.Sandbox.Quirks;

/// <summary>
/// Which members the quirks may touch. The sandbox reads no service model at runtime, so what the models require is
/// written down here (tests check it against the official models) beside what the console needs to follow things.
/// </summary>
internal static class QuirkMembers
{
    /// <summary>
    /// Enum members the console only shows, never decides on, so an unknown value there must simply be shown as text:
    /// a task's or deployment's platform family, a task's connectivity, a service's tag propagation, a repository's tag
    /// mutability and encryption type, a container instance's agent update status. Deliberately not here: statuses,
    /// health, rollout states, launch types, strategies and network modes, which drive rollouts, wizards and the archive.
    /// </summary>
    public static readonly IReadOnlySet<string> DisplayOnlyEnums = new HashSet<string>(StringComparer.Ordinal)
    {
        "platformFamily", "connectivity", "propagateTags", "imageTagMutability", "encryptionType", "agentUpdateStatus",
    };

    /// <summary>Members whose values are maps (keys are data, not member names): nothing is added to or flipped in them.</summary>
    public static readonly IReadOnlySet<string> Maps = new HashSet<string>(StringComparer.Ordinal)
    {
        "dockerLabels", "options", "labels", "driverOpts", "findingSeverityCounts", "Attributes", "Targets", "tags", "attributes",
        "Tags", // Application Auto Scaling's tag map (Cloud Map's Tags list is left as it is too)
    };

    /// <summary>Paths (operation-independent, list elements as []) whose numeric strings always become numbers.</summary>
    public static readonly IReadOnlyList<string> AlwaysNumeric = ["containers[].cpu"];

    /// <summary>Members never flipped: tokens a client must send back exactly as it got them.</summary>
    public static readonly IReadOnlySet<string> NeverFlipped = new HashSet<string>(StringComparer.Ordinal) { "nextToken", "NextToken" };

    /// <summary>
    /// Name endings of identifiers, references, states (a deployment's rolloutState and lifecycleStage drive rollouts),
    /// failure codes, counts, capacities, traffic weights and times the console follows, compares or sorts by.
    /// </summary>
    private static readonly string[] KeptEndings =
    [
        "Arn", "Arns", "ARN", "Id", "Ids", "Name", "Names", "Uri", "Digest", "Tag", "Tags", "Status", "State", "At", "Count",
        "Reason", "Token", "Time", "Code", "Stage", "Capacity", "Weight",
    ];

    /// <summary>
    /// Never dropped. Identifiers and references the console follows (a task's group and its task definition, a service's
    /// current deployment) and what it shows as the data itself (images, messages, cpu and memory); then every member any
    /// structure of the JSON services' answers (ECS, ECR, CloudWatch Logs, Application Auto Scaling, CloudWatch, Cloud Map,
    /// CodeDeploy) marks required in its model.
    /// </summary>
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "id", "arn", "name", "family", "revision", "image", "taskDefinition", "cluster", "service", "currentServiceDeployment",
        "group", "startedBy", "message", "type", "key", "value", "status", "desiredCount", "launchType", "cpu", "memory",
        "exitCode", "strategy", "rollback", "enable", "essential", "containerPort", "hostPort", "protocol", "registryId",
        "imageManifest", "policyText", "logStreamName", "timestamp", "ingestionTime", "events", "targetServiceRevision", "content",
        // ExecuteCommand: a session without its stream URL and token cannot be opened, so AWS always sends them.
        "session", "streamUrl", "tokenValue",

        "ActivityId", "AdditionalStatistics", "AggregationExpression", "AlarmARN", "AlarmContributors", "AlarmName",
        "AlarmNames", "ApproximateAggregateValue", "ApproximateValue", "Arn", "Cause", "Code", "ContributorAttributes",
        "ContributorId", "CreationTime", "Datapoints", "DatasetId", "Definition", "Description", "DnsRecords", "Duration",
        "EndTime", "Expression", "Id", "IncludeMetrics", "Key", "Keys", "MaxCapacity", "Metric", "MetricDataQueries",
        "MetricName", "MetricSpecification", "MetricSpecifications", "MinCapacity", "Name", "Namespace", "Period",
        "PolicyARN", "PolicyName", "PolicyType", "PredefinedMetricType", "Query", "QueryString", "ResourceId", "RoleARN",
        "RuleName", "ScalableDimension", "ScalingAdjustment", "Schedule", "ScheduleConfiguration", "ScheduleExpression",
        "ScheduledActionARN", "ScheduledActionName", "ScheduledQueryRoleARN", "Schema", "ServiceNamespace", "StartTime",
        "StartTimeOffset", "Stat", "State", "StateReason", "Status", "StatusCode", "TTL", "TargetValue", "Timestamp",
        "Timestamps", "Type", "Value", "Values", "accessType", "active", "alarmNames", "anomalyDetectorArn", "anomalyId",
        "authorizationConfig", "autoScalingGroupArn", "batchId", "capacityProvider", "command", "condition", "containerName",
        "containerPath", "credentialsParameter", "defaultValue", "delimiter", "description", "destinationIdentifier",
        "destinationResourceArn", "destinations", "deviceName", "deviceType", "digest", "domain", "domainName",
        "ec2InstanceProfileArn", "enabled", "encryptionType", "endpoint", "entries", "errorType", "eventSource", "exact",
        "fileSystemArn", "fileSystemId", "filter", "filterType", "firstSeen", "format", "from", "hardLimit", "header",
        "healthCheckPath", "healthCheckPort", "histogram", "hostPath", "hostname", "ipAddress", "issuerCertificateAuthority",
        "keyName", "lastSeen", "logDriver", "logGroup", "logGroupArnList", "logGroupName", "logSamples", "logStreamPrefix",
        "match", "matchPatterns", "maxCapacity", "mediaType", "memoryMiB", "metric", "metricName", "metricNames",
        "metricNamespace", "metricValue", "min", "minCapacity", "networkConfiguration", "ocsfVersion", "patternId",
        "patternString", "patternTokens", "policyType", "port", "portName", "region", "renameTo", "repositoryFilters",
        "resolutionSeconds", "resourceType", "roleArn", "rootDirectory", "rules", "scanFrequency", "scheme",
        "signingProfileArn", "size", "sizeInGiB", "softLimit", "source", "state", "subnets", "tableName", "target",
        "targetGroupArn", "targetValue", "to", "updatedAt", "vCpuCount", "valueFrom", "valueType", "withKeys",
    };

    /// <summary>True when <paramref name="member"/> must stay in every answer.</summary>
    public static bool IsKept(string member) =>
        Kept.Contains(member) || KeptEndings.Any(ending => member.EndsWith(ending, StringComparison.Ordinal));
}
