using System.Text.Json.Nodes;

namespace EcsConsole.Sandbox.Tests.Conformance;

/// <summary>Requests the sandbox must refuse, with the AWS error code it must answer.</summary>
internal static class SandboxErrorCases
{
    public sealed record JsonCase(string Service, string Operation, JsonObject Body, string ExpectedCode, string? WrongSecret = null);

    public static IReadOnlyDictionary<string, JsonCase> Json { get; } = new Dictionary<string, JsonCase>(StringComparer.Ordinal)
    {
        ["unknown cluster"] = new("ecs", "DescribeServices", new JsonObject { ["cluster"] = "no-such-cluster", ["services"] = new JsonArray("users") }, "ClusterNotFoundException"),
        ["unknown cluster on list"] = new("ecs", "ListServices", new JsonObject { ["cluster"] = "no-such-cluster" }, "ClusterNotFoundException"),
        ["unknown service"] = new("ecs", "UpdateService", new JsonObject { ["cluster"] = "prod", ["service"] = "no-such-service", ["desiredCount"] = 1 }, "ServiceNotFoundException"),
        ["unknown task definition"] = new("ecs", "DescribeTaskDefinition", new JsonObject { ["taskDefinition"] = "no-such-family" }, "ClientException"),
        ["bad next token"] = new("ecs", "ListServices", new JsonObject { ["cluster"] = "prod", ["nextToken"] = "garbage" }, "InvalidParameterException"),
        ["bad enum"] = new("ecs", "ListTasks", new JsonObject { ["cluster"] = "prod", ["desiredStatus"] = "SLEEPING" }, "InvalidParameterException"),
        ["unimplemented operation"] = new("ecs", "UpdateCapacityProvider", new JsonObject { ["name"] = "prod-asg-cp" }, "UnknownOperationException"),
        ["capacity provider name taken"] = new("ecs", "CreateCapacityProvider", CapacityProviderConformanceCases.Create("prod-asg-cp"), "ClientException"),
        ["capacity provider name reserved"] = new("ecs", "CreateCapacityProvider", CapacityProviderConformanceCases.Create("fargate-extra"), "ClientException"),
        ["capacity provider group already used"] = new("ecs", "CreateCapacityProvider", CapacityProviderConformanceCases.Create(
            "second-cp", "arn:aws:autoscaling:eu-west-1:000000000000:autoScalingGroup:8e3b6f52-1c4d-4a7e-9b20-5d6c7e8f9a01:autoScalingGroupName/prod-ecs-asg"), "ClientException"),
        ["capacity provider group not an ARN"] = new("ecs", "CreateCapacityProvider", CapacityProviderConformanceCases.Create("qa-cp", "qa-asg"), "ClientException"),
        ["capacity provider in use removed"] = new("ecs", "PutClusterCapacityProviders", new JsonObject
        {
            ["cluster"] = "prod", ["capacityProviders"] = new JsonArray(), ["defaultCapacityProviderStrategy"] = new JsonArray(),
        }, "ResourceInUseException"),
        ["capacity provider used by a cluster deleted"] = new("ecs", "DeleteCapacityProvider", new JsonObject { ["capacityProvider"] = "prod-asg-cp" }, "ClientException"),
        ["strategy without weight"] = new("ecs", "CreateCluster", new JsonObject
        {
            ["clusterName"] = "mixed",
            ["capacityProviders"] = new JsonArray("FARGATE"),
            ["defaultCapacityProviderStrategy"] = new JsonArray(new JsonObject { ["capacityProvider"] = "FARGATE", ["weight"] = 0 }),
        }, "InvalidParameterException"),
        ["cluster with services"] = new("ecs", "DeleteCluster", new JsonObject { ["cluster"] = "prod" }, "ClusterContainsServicesException"),
        ["unknown service deployment"] = new("ecs", "ContinueServiceDeployment", new JsonObject { ["serviceDeploymentArn"] = "arn:aws:ecs:eu-west-1:000000000000:service-deployment/prod/users/nope", ["hookId"] = "h" }, "ServiceDeploymentNotFoundException"),
        ["blue/green without advanced configuration"] = new("ecs", "UpdateService", new JsonObject { ["cluster"] = "prod", ["service"] = "news", ["deploymentConfiguration"] = new JsonObject { ["strategy"] = "BLUE_GREEN", ["bakeTimeInMinutes"] = 5 } }, "InvalidParameterException"),
        ["pause hook at a traffic shift"] = new("ecs", "UpdateService", new JsonObject
        {
            ["cluster"] = "prod",
            ["service"] = "users",
            ["deploymentConfiguration"] = new JsonObject
            {
                ["strategy"] = "CANARY",
                ["lifecycleHooks"] = new JsonArray(new JsonObject { ["targetType"] = "PAUSE", ["lifecycleStages"] = new JsonArray("PRODUCTION_TRAFFIC_SHIFT") }),
            },
        }, "InvalidParameterException"),
        ["unknown repository"] = new("ecr", "DescribeImages", new JsonObject { ["repositoryName"] = "no-such-repo" }, "RepositoryNotFoundException"),
        ["unknown image"] = new("ecr", "DescribeImages", new JsonObject { ["repositoryName"] = "users", ["imageIds"] = new JsonArray(new JsonObject { ["imageTag"] = "no-such-tag" }) }, "ImageNotFoundException"),
        ["put image to unknown repository"] = new("ecr", "PutImage", new JsonObject { ["repositoryName"] = "no-such-repo", ["imageManifest"] = "{}", ["imageTag"] = "v1" }, "RepositoryNotFoundException"),
        ["put image with a manifest that is not JSON"] = new("ecr", "PutImage", new JsonObject { ["repositoryName"] = "news", ["imageManifest"] = "not json", ["imageTag"] = "v1" }, "InvalidParameterException"),
        ["put image with a wrong digest"] = new("ecr", "PutImage", new JsonObject
        {
            ["repositoryName"] = "news",
            ["imageManifest"] = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v2+json\",\"config\":{\"digest\":\"sha256:00\"},\"layers\":[]}",
            ["imageDigest"] = "sha256:0000000000000000000000000000000000000000000000000000000000000000",
        }, "ImageDigestDoesNotMatchException"),
        ["unknown log group on delete"] = new("logs", "DeleteLogGroup", new JsonObject { ["logGroupName"] = "/ecs/no-such-group" }, "ResourceNotFoundException"),
        ["existing log group"] = new("logs", "CreateLogGroup", new JsonObject { ["logGroupName"] = "/ecs/users" }, "ResourceAlreadyExistsException"),
        ["invalid Fargate size"] = new("ecs", "RegisterTaskDefinition", TaskDefinition("reports", "256", "4096", essential: true), "ClientException"),
        ["invalid family name"] = new("ecs", "RegisterTaskDefinition", TaskDefinition("reports:v2", "256", "512", essential: true), "ClientException"),
        ["no essential container"] = new("ecs", "RegisterTaskDefinition", TaskDefinition("reports", "256", "512", essential: false), "ClientException"),
        ["unknown ssm parameter"] = new("ssm", "GetParameter", new JsonObject { ["Name"] = "/aws/service/ecs/optimized-ami/amazon-linux-2023/riscv/recommended/image_id" }, "ParameterNotFound"),
        ["wrong signature"] = new("ecs", "ListClusters", [], "InvalidSignatureException", WrongSecret: "not-the-secret"),
    };

    private static JsonObject TaskDefinition(string family, string cpu, string memory, bool essential) => new()
    {
        ["family"] = family,
        ["requiresCompatibilities"] = new JsonArray("FARGATE"),
        ["networkMode"] = "awsvpc",
        ["cpu"] = cpu,
        ["memory"] = memory,
        ["containerDefinitions"] = new JsonArray(new JsonObject
        {
            ["name"] = "app",
            ["image"] = "000000000000.dkr.ecr.eu-west-1.amazonaws.com/blog:latest",
            ["essential"] = essential,
        }),
    };
}
