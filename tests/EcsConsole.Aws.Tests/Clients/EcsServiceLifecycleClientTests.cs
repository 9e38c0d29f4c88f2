using System.Text.Json.Nodes;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Clients;

public sealed class EcsServiceLifecycleClientTests
{
    [Fact]
    public async Task CreateServiceAsync_BehindLoadBalancerWithCloudMap_SendsModelShapedBodyAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"service":{"serviceName":"search","serviceArn":"arn:aws:ecs:eu-west-1:123456789012:service/staging/search","status":"ACTIVE"}}""");

        var result = await Client(aws).CreateServiceAsync(new CreateServiceRequest
        {
            Cluster = "staging",
            ServiceName = "search",
            TaskDefinition = "search:3",
            DesiredCount = 2,
            LaunchType = "FARGATE",
            ClientToken = "run-1-step-4",
            NetworkConfiguration = new NetworkConfiguration
            {
                AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-1"], SecurityGroups = ["sg-1"], AssignPublicIp = "DISABLED" },
            },
            LoadBalancers = [new LoadBalancer { TargetGroupArn = "arn:tg/search", ContainerName = "search", ContainerPort = 8080 }],
            ServiceRegistries = [new ServiceRegistry { RegistryArn = "arn:sd/srv-1" }],
            DeploymentConfiguration = new DeploymentConfiguration { DeploymentCircuitBreaker = new DeploymentCircuitBreaker { Enable = true, Rollback = true } },
            EnableEcsManagedTags = true,
            PropagateTags = "SERVICE",
            Tags = [new Tag { Key = "team", Value = "search" }],
        });

        Assert.Equal("ACTIVE", result.Service!.Status);
        var request = aws.Handler.Requests.Single();
        Assert.Equal("AmazonEC2ContainerServiceV20141113.CreateService", request.Header("X-Amz-Target"));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("run-1-step-4", body["clientToken"]!.GetValue<string>());
        Assert.Equal("arn:sd/srv-1", body["serviceRegistries"]![0]!["registryArn"]!.GetValue<string>());
        Assert.Equal(8080, body["loadBalancers"]![0]!["containerPort"]!.GetValue<int>());
        Assert.True(body["enableECSManagedTags"]!.GetValue<bool>());
        Assert.Equal("subnet-1", body["networkConfiguration"]!["awsvpcConfiguration"]!["subnets"]![0]!.GetValue<string>());
        Assert.Null(body["capacityProviderStrategy"]);
    }

    [Fact]
    public async Task DeleteServiceAsync_Forced_SendsForceAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"service":{"serviceName":"search","status":"DRAINING"}}""");

        var result = await Client(aws).DeleteServiceAsync(new DeleteServiceRequest { Cluster = "staging", Service = "search", Force = true });

        Assert.Equal("DRAINING", result.Service!.Status);
        Assert.Equal("""{"cluster":"staging","service":"search","force":true}""", aws.Handler.Requests.Single().Body);
    }

    [Fact]
    public async Task CreateServiceAsync_NoName_ThrowsBeforeSendingAsync()
    {
        using var aws = new TestAws();

        await Assert.ThrowsAsync<ArgumentException>(() => Client(aws).CreateServiceAsync(new CreateServiceRequest { Cluster = "staging" }));

        Assert.Empty(aws.Handler.Requests);
    }

    private static EcsClient Client(TestAws aws) => new(new AwsJsonClient(aws.Pipeline));
}
