using System.Net;
using System.Runtime.CompilerServices;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;

namespace EcsConsole.Core.Tests.Support;

/// <summary>An in-memory ECS that records every Describe batch and can be told to fail one operation.</summary>
internal sealed partial class FakeEcsClient : IEcsClient
{
    public List<Cluster> Clusters { get; } = [];

    public Dictionary<string, List<Service>> ServicesByClusterArn { get; } = [];

    public List<int> DescribeClustersBatchSizes { get; } = [];

    public List<int> DescribeServicesBatchSizes { get; } = [];

    /// <summary>When set, DescribeServices calls wait for it, so a test can see how many are in flight at once.</summary>
    public TaskCompletionSource? DescribeServicesGate { get; set; }

    public int DescribeServicesInFlight => Volatile.Read(ref _describeServicesInFlight);

    public int MostDescribeServicesInFlight => Volatile.Read(ref _mostDescribeServicesInFlight);

    private int _describeServicesInFlight;
    private int _mostDescribeServicesInFlight;

    /// <summary>When set, this operation name throws an AWS error.</summary>
    public string? FailOperation { get; set; }

    public Cluster AddCluster(string name, int runningTasks = 0)
    {
        var cluster = new Cluster
        {
            ClusterName = name,
            ClusterArn = $"arn:aws:ecs:eu-west-1:000000000000:cluster/{name}",
            Status = "ACTIVE",
            RunningTasksCount = runningTasks,
            CapacityProviders = ["FARGATE"],
        };
        Clusters.Add(cluster);
        ServicesByClusterArn[cluster.ClusterArn!] = [];
        return cluster;
    }

    public Service AddService(string cluster, string name, int desired = 2, int running = 2)
    {
        var clusterArn = Clusters.Single(c => c.ClusterName == cluster).ClusterArn!;
        var service = new Service
        {
            ServiceName = name,
            ServiceArn = $"arn:aws:ecs:eu-west-1:000000000000:service/{cluster}/{name}",
            ClusterArn = clusterArn,
            Status = "ACTIVE",
            DesiredCount = desired,
            RunningCount = running,
            PendingCount = 0,
            LaunchType = "FARGATE",
            TaskDefinition = $"arn:aws:ecs:eu-west-1:000000000000:task-definition/{name}:1",
            Deployments = [new Deployment { Status = "PRIMARY", RolloutState = "COMPLETED", DesiredCount = desired, RunningCount = running }],
        };
        ServicesByClusterArn[clusterArn].Add(service);
        return service;
    }

    public void ReplaceService(string cluster, string name, Func<Service, Service> change)
    {
        var list = ServicesByClusterArn[Clusters.Single(c => c.ClusterName == cluster).ClusterArn!];
        var index = list.FindIndex(s => s.ServiceName == name);
        list[index] = change(list[index]);
    }

    public async IAsyncEnumerable<string> ListClustersAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ThrowIfFailing("ListClusters");
        foreach (var cluster in Clusters.ToList())
        {
            await Task.Yield();
            yield return cluster.ClusterArn!;
        }
    }

    public Task<DescribeClustersResponse> DescribeClustersAsync(DescribeClustersRequest request, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing("DescribeClusters");
        var names = request.Clusters ?? [];
        lock (DescribeClustersBatchSizes)
        {
            DescribeClustersBatchSizes.Add(names.Count);
        }
        var found = Clusters.Where(c => names.Contains(c.ClusterArn!) || names.Contains(c.ClusterName!)).ToList();
        return Task.FromResult(new DescribeClustersResponse { Clusters = found, Failures = [] });
    }

    public async IAsyncEnumerable<string> ListServicesAsync(ListServicesRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ThrowIfFailing("ListServices");
        foreach (var service in ServicesByClusterArn[request.Cluster!].ToList())
        {
            await Task.Yield();
            yield return service.ServiceArn!;
        }
    }

    public async Task<DescribeServicesResponse> DescribeServicesAsync(DescribeServicesRequest request, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing("DescribeServices");
        if (request.Services.Count > 10)
        {
            // The real API rejects more than ten names per call.
            throw new AwsServiceException("ECS", "DescribeServices", "InvalidParameterException", "too many services", "req-1", HttpStatusCode.BadRequest);
        }
        var inFlight = Interlocked.Increment(ref _describeServicesInFlight);
        InterlockedMax(ref _mostDescribeServicesInFlight, inFlight);
        try
        {
            if (DescribeServicesGate is { } gate)
            {
                await gate.Task.WaitAsync(cancellationToken);
            }
            lock (DescribeServicesBatchSizes)
            {
                DescribeServicesBatchSizes.Add(request.Services.Count);
            }
            var found = ServicesByClusterArn[request.Cluster!].Where(s => request.Services.Contains(s.ServiceArn!)).ToList();
            return new DescribeServicesResponse { Services = found, Failures = [] };
        }
        finally
        {
            Interlocked.Decrement(ref _describeServicesInFlight);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }
            current = seen;
        }
    }

    private void ThrowIfFailing(string operation)
    {
        if (FailOperation == operation)
        {
            throw new AwsServiceException("ECS", operation, "AccessDeniedException", $"User is not authorized to perform: ecs:{operation}", "req-42", HttpStatusCode.BadRequest);
        }
    }
}
