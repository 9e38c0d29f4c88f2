using System.Net;
using System.Text.Json.Nodes;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Clients;

public sealed class EcsClientTests
{
    [Fact]
    public async Task ListClustersAsync_ThreePages_YieldsAllArnsAndSendsEachNextTokenAsync()
    {
        using var aws = new TestAws();
        aws.Handler
            .RespondJson("""{"clusterArns":["arn:a","arn:b"],"nextToken":"t1"}""")
            .RespondJson("""{"clusterArns":["arn:c"],"nextToken":"t2"}""")
            .RespondJson("""{"clusterArns":["arn:d"]}""");

        var arns = await Client(aws).ListClustersAsync().ToListAsync();

        Assert.Equal(["arn:a", "arn:b", "arn:c", "arn:d"], arns);
        Assert.Equal(["{}", """{"nextToken":"t1"}""", """{"nextToken":"t2"}"""], aws.Handler.Requests.Select(r => r.Body));
    }

    [Fact]
    public async Task ListServicesAsync_StoppedEarly_DoesNotFetchFurtherPagesAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"serviceArns":["s1","s2"],"nextToken":"more"}""");

        var first = await Client(aws).ListServicesAsync(new ListServicesRequest { Cluster = "prod" }).FirstAsync();

        Assert.Equal("s1", first);
        Assert.Single(aws.Handler.Requests);
    }

    [Fact]
    public async Task ListTasksAsync_Filters_SendsModelMemberNamesAndOmitsNullsAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"taskArns":[]}""");

        await Client(aws).ListTasksAsync(new ListTasksRequest { Cluster = "prod", ServiceName = "users", DesiredStatus = "STOPPED", MaxResults = 100 }).ToListAsync();

        var request = aws.Handler.Requests.Single();
        Assert.Equal("""{"cluster":"prod","maxResults":100,"serviceName":"users","desiredStatus":"STOPPED"}""", request.Body);
        Assert.Equal("AmazonEC2ContainerServiceV20141113.ListTasks", request.Header("X-Amz-Target"));
        Assert.Equal("application/x-amz-json-1.1", request.Header("Content-Type"));
        Assert.Equal("https://ecs.eu-west-1.amazonaws.com/", request.Uri.ToString());
        Assert.Equal("POST", request.Method);
        Assert.StartsWith("EcsConsole/", request.Header("User-Agent"), StringComparison.Ordinal);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/20261127/eu-west-1/ecs/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=",
            request.Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeServicesAsync_MoreThanTen_ThrowsBeforeSendingAsync()
    {
        using var aws = new TestAws();
        var request = new DescribeServicesRequest { Cluster = "prod", Services = Enumerable.Range(0, 11).Select(i => $"s{i}").ToList() };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client(aws).DescribeServicesAsync(request));

        Assert.Contains("at most 10", error.Message, StringComparison.Ordinal);
        Assert.Empty(aws.Handler.Requests);
    }

    [Fact]
    public async Task DescribeTasksAsync_MoreThanHundred_ThrowsBeforeSendingAsync()
    {
        using var aws = new TestAws();
        var request = new DescribeTasksRequest { Cluster = "prod", Tasks = Enumerable.Range(0, 101).Select(i => $"t{i}").ToList() };

        await Assert.ThrowsAsync<ArgumentException>(() => Client(aws).DescribeTasksAsync(request));

        Assert.Empty(aws.Handler.Requests);
    }

    [Fact]
    public async Task DescribeServicesAsync_Response_ReadsNestedRecordsAndEpochTimestampsAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""
            {"services":[{"serviceName":"users","status":"ACTIVE","desiredCount":3,"runningCount":2,"launchType":"FARGATE",
              "createdAt":1764237600.5,"deployments":[{"id":"ecs-svc/1","status":"PRIMARY","rolloutState":"IN_PROGRESS","createdAt":1764237600}],
              "events":[{"id":"e1","createdAt":1764237601.123,"message":"(service users) has reached a steady state."}],
              "deploymentConfiguration":{"deploymentCircuitBreaker":{"enable":true,"rollback":true},"maximumPercent":200},
              "networkConfiguration":{"awsvpcConfiguration":{"subnets":["subnet-1"],"assignPublicIp":"DISABLED"}},
              "someFutureMember":{"x":1}}],
             "failures":[{"arn":"arn:missing","reason":"MISSING"}]}
            """);

        var response = await Client(aws).DescribeServicesAsync(new DescribeServicesRequest { Cluster = "staging", Services = ["users", "missing"] });

        var service = Assert.Single(response.Services!);
        Assert.Equal(3, service.DesiredCount);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764237600500), service.CreatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764237601123), service.Events![0].CreatedAt);
        Assert.Equal("IN_PROGRESS", service.Deployments![0].RolloutState);
        Assert.True(service.DeploymentConfiguration!.DeploymentCircuitBreaker!.Rollback);
        Assert.Equal(["subnet-1"], service.NetworkConfiguration!.AwsvpcConfiguration!.Subnets);
        Assert.Equal("MISSING", response.Failures![0].Reason);
        Assert.Equal("""{"cluster":"staging","services":["users","missing"]}""", aws.Handler.Requests.Single().Body);
    }

    [Fact]
    public async Task DescribeServicesAsync_ClusterNotFound_ThrowsReadableAwsErrorAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.BadRequest, """{"__type":"ClusterNotFoundException","message":"Cluster not found."}""",
            ("x-amzn-RequestId", "6c1b2a"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() =>
            Client(aws).DescribeServicesAsync(new DescribeServicesRequest { Cluster = "nope", Services = ["users"] }));

        Assert.Equal("ECS DescribeServices failed: ClusterNotFoundException: Cluster not found. (request id 6c1b2a)", error.Message);
        Assert.Equal("ECS", error.Service);
        Assert.Equal("DescribeServices", error.Operation);
    }

    [Fact]
    public async Task DescribeTaskDefinitionAsync_Response_ReadsContainerDefinitionsAndTagsAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""
            {"taskDefinition":{"family":"users","revision":7,"containerDefinitions":[{"name":"app","image":"repo/users:1.2",
              "portMappings":[{"containerPort":8080,"protocol":"tcp"}],"environment":[{"name":"MODE","value":"prod"}],
              "secrets":[{"name":"DB","valueFrom":"arn:aws:secretsmanager:eu-west-1:1:secret:db"}],
              "logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/users"}},
              "healthCheck":{"command":["CMD-SHELL","curl -f http://localhost/ || exit 1"],"interval":30},"essential":true}]},
             "tags":[{"key":"team","value":"identity"}]}
            """);

        var response = await Client(aws).DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "users:7", Include = ["TAGS"] });

        var container = Assert.Single(response.TaskDefinition!.ContainerDefinitions!);
        Assert.Equal(8080, container.PortMappings![0].ContainerPort);
        Assert.Equal("/ecs/users", container.LogConfiguration!.Options!["awslogs-group"]);
        Assert.Equal("CMD-SHELL", container.HealthCheck!.Command[0]);
        Assert.Equal("identity", response.Tags![0].Value);
        Assert.Equal("""{"taskDefinition":"users:7","include":["TAGS"]}""", aws.Handler.Requests.Single().Body);
    }

    [Fact]
    public async Task AnyCall_AfterConnectionSwitch_UsesTheNewEndpointRegionAndCredentialsAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"clusterArns":[]}""");
        aws.Connection.Switch(new AwsConnectionSettings("us-east-1", null, "http://127.0.0.1:5099",
            new Amazon.Runtime.BasicAWSCredentials("AKIDSANDBOX", "sandbox"), AwsConnectionSettings.SandboxMode));

        await Client(aws).ListClustersAsync().ToListAsync();

        var request = aws.Handler.Requests.Single();
        Assert.Equal("http://127.0.0.1:5099/", request.Uri.ToString());
        Assert.Contains("Credential=AKIDSANDBOX/20261127/us-east-1/ecs/aws4_request", request.Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Timestamp_WritesEpochSecondsWithMillisecondsOnlyWhenPresent()
    {
        var whole = System.Text.Json.JsonSerializer.Serialize(new ServiceEvent { CreatedAt = DateTimeOffset.FromUnixTimeSeconds(1700000000) }, AwsJsonSerializer.Options);
        var fractional = System.Text.Json.JsonSerializer.Serialize(new ServiceEvent { CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(1700000000250) }, AwsJsonSerializer.Options);

        Assert.Equal("""{"createdAt":1700000000}""", whole);
        Assert.Equal(1700000000.25m, JsonNode.Parse(fractional)!["createdAt"]!.GetValue<decimal>());
    }

    private static EcsClient Client(TestAws aws) => new(new AwsJsonClient(aws.Pipeline));
}
