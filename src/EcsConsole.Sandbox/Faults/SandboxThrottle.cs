using System.Collections.Concurrent;

namespace EcsConsole.Sandbox.Faults;

/// <summary>
/// AWS's request throttling played by the sandbox: one token bucket per account, region, service and throttle category,
/// full at start, refilled continuously at its sustained rate on the real clock; every call takes one token or is
/// throttled. The figures are AWS's where AWS publishes them:
/// <list type="bullet">
/// <item>ECS ("Request throttling for the Amazon ECS API"): cluster read actions burst 50, sustained 20 per second (the
/// page's example); service reads and cluster resource reads (tasks, container instances) the same. ECS's write buckets
/// are not published on that page; the sandbox takes burst 20 with 5 per second for service and other modifications,
/// 1 per second for cluster and task definition modifications, 50 / 20 for RunTask, StartTask and StopTask.</item>
/// <item>CloudWatch Logs and CloudWatch publish a rate per operation (GetLogEvents 25, DescribeLogStreams 25,
/// FilterLogEvents 5, DescribeLogGroups 5, CreateLogGroup 5; DescribeAlarms 9, GetMetricData 50, PutMetricAlarm 3), burst
/// equal to the rate.</item>
/// <item>Every other service: reads 20 per second with burst 50, writes 5 with burst 20 (AWS publishes no figures for the
/// operations the console calls; these are at least as generous as what a client should assume).</item>
/// </list>
/// Thread-safe; buckets are made on first use.
/// </summary>
public sealed class SandboxThrottle(SandboxThrottleOptions options, TimeProvider realClock)
{
    private static readonly Dictionary<string, (string Category, double Rate, int Burst)> EcsBuckets = EcsTable();

    private static readonly Dictionary<string, (double Rate, int Burst)> PerOperation = new(StringComparer.Ordinal)
    {
        ["logs:GetLogEvents"] = (25, 25),
        ["logs:DescribeLogStreams"] = (25, 25),
        ["logs:FilterLogEvents"] = (5, 5),
        ["logs:DescribeLogGroups"] = (5, 5),
        ["logs:CreateLogGroup"] = (5, 5),
        ["monitoring:DescribeAlarms"] = (9, 9),
        ["monitoring:GetMetricData"] = (50, 50),
        ["monitoring:PutMetricAlarm"] = (3, 3),
    };

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly SandboxThrottleOptions _options = options.Validated();
    private long _throttled;

    public bool Enabled => _options.Enabled;

    /// <summary>How many calls were throttled since start.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>
    /// Takes a token for one call of <paramref name="operation"/> of the service signed as <paramref name="service"/> (the
    /// SigV4 signing name: ecs, logs, ec2 ...) in <paramref name="account"/> and <paramref name="region"/>; throws the
    /// service's throttling error when the bucket is empty.
    /// </summary>
    public void Take(string account, string region, string service, string operation, bool isJson)
    {
        if (!_options.Enabled)
        {
            return;
        }

        var (category, rate, burst) = BucketOf(service, operation);
        var bucket = _buckets.GetOrAdd($"{account}/{region}/{service}/{category}",
            static (_, state) => new Bucket(state.Rate * state.Scale, Math.Max(1, (int)Math.Floor(state.Burst * state.Scale)), state.Clock),
            (Rate: rate, Burst: burst, Scale: _options.Scale, Clock: realClock));
        if (bucket.TryTake())
        {
            return;
        }

        Interlocked.Increment(ref _throttled);
        throw isJson
            ? new SandboxApiException("ThrottlingException", "Rate exceeded")
            : new SandboxApiException("Throttling", "Rate exceeded");
    }

    /// <summary>The bucket <paramref name="operation"/> draws from: its category name, sustained rate and burst.</summary>
    public static (string Category, double Rate, int Burst) BucketOf(string service, string operation)
    {
        if (service == "ecs")
        {
            return EcsBuckets.TryGetValue(operation, out var ecs) ? ecs : IsRead(operation) ? ("OtherRead", 20, 50) : ("OtherModify", 5, 20);
        }

        if (PerOperation.TryGetValue($"{service}:{operation}", out var own))
        {
            return (operation, own.Rate, own.Burst);
        }

        return IsRead(operation) ? ("Read", 20, 50) : ("Write", 5, 20);
    }

    private static bool IsRead(string operation) =>
        operation.StartsWith("Describe", StringComparison.Ordinal) || operation.StartsWith("List", StringComparison.Ordinal)
        || operation.StartsWith("Get", StringComparison.Ordinal);

    private static Dictionary<string, (string, double, int)> EcsTable()
    {
        var table = new Dictionary<string, (string, double, int)>(StringComparer.Ordinal);
        void Add(string category, double rate, int burst, params string[] operations)
        {
            foreach (var operation in operations)
            {
                table[operation] = (category, rate, burst);
            }
        }

        Add("ClusterRead", 20, 50, "DescribeClusters", "ListClusters");
        Add("ServiceRead", 20, 50, "DescribeServices", "ListServices", "ListServicesByNamespace", "DescribeServiceDeployments",
            "ListServiceDeployments", "DescribeServiceRevisions", "DescribeTaskSets");
        Add("ClusterResourceRead", 20, 50, "DescribeTasks", "ListTasks", "DescribeContainerInstances", "ListContainerInstances");
        Add("ClusterModify", 1, 20, "CreateCluster", "DeleteCluster", "UpdateCluster", "UpdateClusterSettings", "PutClusterCapacityProviders");
        Add("ServiceModify", 5, 20, "CreateService", "UpdateService", "DeleteService", "StopServiceDeployment", "CreateTaskSet",
            "UpdateTaskSet", "DeleteTaskSet", "UpdateServicePrimaryTaskSet");
        Add("TaskDefinitionModify", 1, 20, "RegisterTaskDefinition", "DeregisterTaskDefinition", "DeleteTaskDefinitions");
        Add("TaskLifecycle", 20, 50, "RunTask", "StartTask", "StopTask");
        return table;
    }

    private sealed class Bucket(double rate, int burst, TimeProvider clock)
    {
        private readonly Lock _gate = new();
        private double _tokens = burst;
        private long _refilledAt = clock.GetTimestamp();

        public bool TryTake()
        {
            lock (_gate)
            {
                var now = clock.GetTimestamp();
                _tokens = Math.Min(burst, _tokens + (rate * clock.GetElapsedTime(_refilledAt, now).TotalSeconds));
                _refilledAt = now;
                if (_tokens < 1)
                {
                    return false;
                }

                _tokens -= 1;
                return true;
            }
        }
    }
}
