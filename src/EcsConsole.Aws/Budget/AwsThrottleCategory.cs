using EcsConsole.Aws.Http;

namespace EcsConsole.Aws.Budget;

/// <summary>
/// One throttle bucket AWS keeps per account and region: the service (<see cref="ServiceKey"/>, the service id without
/// spaces, as configuration names it), the category of operations that share the bucket, and AWS's figures for it
/// (<see cref="Documented"/>), or the conservative figure we assume where AWS publishes none (<see cref="IsDocumented"/>).
/// </summary>
public sealed record AwsThrottleCategory(string ServiceKey, string Name, AwsRateLimit Documented, bool IsDocumented)
{
    public override string ToString() => $"{ServiceKey}:{Name}";
}

/// <summary>
/// Which throttle bucket an operation draws from, with the figures the budget's defaults are half of.
/// Sources (checked 2026-12-07):
/// <list type="bullet">
/// <item>ECS: "Request throttling for the Amazon ECS API" (docs.aws.amazon.com/AmazonECS/latest/APIReference/request-throttling.html):
/// cluster read actions (DescribeClusters, ListClusters) burst 50, sustained 20/s — the page's worked example. Service read
/// actions and cluster resource read actions (DescribeTasks, ListTasks, container instances) are sustained 20/s as that
/// page's table is quoted elsewhere (e.g. Prometheus's ECS discovery); their burst is taken as cluster reads' 50.
/// The write categories' figures are our conservative assumptions (not read from AWS): modifications 20 burst / 5 per
/// second, cluster and task definition modifications 20 / 1, RunTask/StartTask/StopTask 50 / 20.</item>
/// <item>CloudWatch Logs: "CloudWatch Logs quotas" (docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html):
/// GetLogEvents 25 TPS, DescribeLogStreams 25 TPS, FilterLogEvents 5 TPS, DescribeLogGroups 5 TPS, CreateLogGroup 5 TPS.</item>
/// <item>CloudWatch: "CloudWatch service quotas" (docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_limits.html):
/// DescribeAlarms 9 TPS, GetMetricData 50 TPS, PutMetricAlarm 3 TPS.</item>
/// <item>ECR, ELBv2, IAM and the rest: AWS publishes no per-category request rates for the operations we use (ECR's
/// quotas list image push/pull APIs; ELB and IAM only say that they throttle), so reads assume 10/s with burst 20 and
/// writes 5/s with burst 10, IAM (global, shared by the whole account) half of that.</item>
/// </list>
/// Every figure can be overridden in configuration, <c>Aws:RateBudget:&lt;service&gt;:&lt;category&gt;:Rate</c> and <c>:Burst</c>.
/// </summary>
public static class AwsThrottleCategories
{
    private static readonly Dictionary<string, AwsThrottleCategory> EcsByOperation = new(StringComparer.Ordinal);
    private static readonly Dictionary<(string Service, string Operation), AwsThrottleCategory> ByOperation = new();

    public static AwsThrottleCategory EcsClusterRead { get; } = Ecs("ClusterRead", 20, 50, documented: true,
        "DescribeClusters", "ListClusters");

    public static AwsThrottleCategory EcsServiceRead { get; } = Ecs("ServiceRead", 20, 50, documented: true,
        "DescribeServices", "ListServices", "ListServicesByNamespace", "DescribeServiceDeployments", "ListServiceDeployments",
        "DescribeServiceRevisions", "DescribeTaskSets");

    public static AwsThrottleCategory EcsClusterResourceRead { get; } = Ecs("ClusterResourceRead", 20, 50, documented: true,
        "DescribeTasks", "ListTasks", "DescribeContainerInstances", "ListContainerInstances");

    public static AwsThrottleCategory EcsTaskDefinitionRead { get; } = Ecs("TaskDefinitionRead", 20, 50, documented: false,
        "DescribeTaskDefinition", "ListTaskDefinitions", "ListTaskDefinitionFamilies");

    public static AwsThrottleCategory EcsOtherRead { get; } = Ecs("OtherRead", 20, 50, documented: false);

    public static AwsThrottleCategory EcsClusterModify { get; } = Ecs("ClusterModify", 1, 20, documented: false,
        "CreateCluster", "DeleteCluster", "UpdateCluster", "UpdateClusterSettings", "PutClusterCapacityProviders");

    public static AwsThrottleCategory EcsServiceModify { get; } = Ecs("ServiceModify", 5, 20, documented: false,
        "CreateService", "UpdateService", "DeleteService", "StopServiceDeployment", "CreateTaskSet", "UpdateTaskSet",
        "DeleteTaskSet", "UpdateServicePrimaryTaskSet");

    public static AwsThrottleCategory EcsTaskDefinitionModify { get; } = Ecs("TaskDefinitionModify", 1, 20, documented: false,
        "RegisterTaskDefinition", "DeregisterTaskDefinition", "DeleteTaskDefinitions");

    public static AwsThrottleCategory EcsTaskLifecycle { get; } = Ecs("TaskLifecycle", 20, 50, documented: false,
        "RunTask", "StartTask", "StopTask");

    public static AwsThrottleCategory EcsOtherModify { get; } = Ecs("OtherModify", 5, 20, documented: false);

    static AwsThrottleCategories()
    {
        Operation(AwsServices.Logs, "GetLogEvents", 25, 25);
        Operation(AwsServices.Logs, "DescribeLogStreams", 25, 25);
        Operation(AwsServices.Logs, "FilterLogEvents", 5, 5);
        Operation(AwsServices.Logs, "DescribeLogGroups", 5, 5);
        Operation(AwsServices.Logs, "CreateLogGroup", 5, 5);
        Operation(AwsServices.CloudWatch, "DescribeAlarms", 9, 9);
        Operation(AwsServices.CloudWatch, "GetMetricData", 50, 50);
        Operation(AwsServices.CloudWatch, "PutMetricAlarm", 3, 3);
        KnownNames = EcsByOperation.Values.Select(category => category.ToString())
            .Concat([EcsOtherRead.ToString(), EcsOtherModify.ToString()])
            .Concat(ByOperation.Values.Select(category => category.ToString()))
            .Concat(AwsServices.All.Where(service => service != AwsServices.Ecs)
            .SelectMany(service => new[] { $"{ServiceKeyOf(service)}:Read", $"{ServiceKeyOf(service)}:Write" }))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every bucket the console can draw from, named "&lt;service key&gt;:&lt;category&gt;" as configuration names them.</summary>
    public static IReadOnlyList<string> KnownNames { get; }

    /// <summary>The service's name in configuration and metrics: its service id without spaces ("CloudWatchLogs").</summary>
    public static string ServiceKeyOf(AwsServiceDescriptor service) => service.ServiceId.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The bucket <paramref name="operation"/> of <paramref name="service"/> draws from.</summary>
    public static AwsThrottleCategory For(AwsServiceDescriptor service, string operation)
    {
        if (service == AwsServices.Ecs)
        {
            return EcsByOperation.TryGetValue(operation, out var ecs) ? ecs
                : AwsResendRule.IsRead(operation) ? EcsOtherRead : EcsOtherModify;
        }

        if (ByOperation.TryGetValue((service.ServiceId, operation), out var own))
        {
            return own;
        }

        var read = AwsResendRule.IsRead(operation);
        var key = ServiceKeyOf(service);
        return service == AwsServices.Iam
            ? new AwsThrottleCategory(key, read ? "Read" : "Write", read ? new AwsRateLimit(5, 10) : new AwsRateLimit(2, 5), false)
            : new AwsThrottleCategory(key, read ? "Read" : "Write", read ? new AwsRateLimit(10, 20) : new AwsRateLimit(5, 10), false);
    }

    private static AwsThrottleCategory Ecs(string name, double rate, int burst, bool documented, params string[] operations)
    {
        var category = new AwsThrottleCategory(ServiceKeyOf(AwsServices.Ecs), name, new AwsRateLimit(rate, burst), documented);
        foreach (var operation in operations)
        {
            EcsByOperation[operation] = category;
        }

        return category;
    }

    // CloudWatch Logs and CloudWatch publish a quota per operation, so each such operation is its own bucket.
    private static void Operation(AwsServiceDescriptor service, string operation, double rate, int burst) =>
        ByOperation[(service.ServiceId, operation)] =
            new AwsThrottleCategory(ServiceKeyOf(service), operation, new AwsRateLimit(rate, burst), IsDocumented: true);
}
