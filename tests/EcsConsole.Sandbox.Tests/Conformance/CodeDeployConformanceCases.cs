using System.Text.Json.Nodes;
using static EcsConsole.Sandbox.Tests.Conformance.SandboxConformanceCases;

namespace EcsConsole.Sandbox.Tests.Conformance;

/// <summary>
/// The CodeDeploy operations' cases, joined to <see cref="SandboxConformanceCases.All"/>: each creates a CODE_DEPLOY-controlled
/// service legacy-web in staging with its application and deployment group through ECS and CodeDeploy themselves.
/// </summary>
internal static class CodeDeployConformanceCases
{
    private const string Application = "AppECS-staging-legacy-web";
    private const string Group = "DgpECS-staging-legacy-web";

    public static IReadOnlyDictionary<string, CaseAsync> All { get; } = new Dictionary<string, CaseAsync>(StringComparer.Ordinal)
    {
        ["codedeploy:CreateApplication"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("codedeploy", "CreateApplication", new JsonObject { ["applicationName"] = "shop", ["computePlatform"] = "ECS" });
            Assert.False(string.IsNullOrEmpty(reply["applicationId"]!.GetValue<string>()));
        },
        ["codedeploy:CreateDeploymentGroup"] = async (s, _) =>
        {
            var reply = await ArrangeAsync(s);
            Assert.False(string.IsNullOrEmpty(reply["deploymentGroupId"]!.GetValue<string>()));
        },
        ["codedeploy:ListApplications"] = async (s, _) =>
        {
            await ArrangeAsync(s);
            var reply = await s.JsonAsync("codedeploy", "ListApplications", []);
            Assert.Equal(Application, reply["applications"]!.AsArray().Single()!.GetValue<string>());
        },
        ["codedeploy:ListDeploymentGroups"] = async (s, _) =>
        {
            await ArrangeAsync(s);
            var reply = await s.JsonAsync("codedeploy", "ListDeploymentGroups", new JsonObject { ["applicationName"] = Application });
            Assert.Equal(Group, reply["deploymentGroups"]!.AsArray().Single()!.GetValue<string>());
        },
        ["codedeploy:GetDeploymentGroup"] = async (s, advance) =>
        {
            await ArrangeAsync(s);
            await DeployAsync(s, "legacy-web:2");
            advance(TimeSpan.FromMinutes(2));
            var reply = await s.JsonAsync("codedeploy", "GetDeploymentGroup", new JsonObject { ["applicationName"] = Application, ["deploymentGroupName"] = Group });
            var info = reply["deploymentGroupInfo"]!;
            Assert.Equal("legacy-web", info["ecsServices"]![0]!["serviceName"]!.GetValue<string>());
            Assert.Equal("Succeeded", info["lastSuccessfulDeployment"]!["status"]!.GetValue<string>());
        },
        ["codedeploy:ListDeployments"] = async (s, advance) =>
        {
            await ArrangeAsync(s);
            var first = await DeployAsync(s, "legacy-web:2");
            advance(TimeSpan.FromMinutes(2));
            var second = await DeployAsync(s, "legacy-web:1");
            var all = await s.JsonAsync("codedeploy", "ListDeployments", new JsonObject { ["applicationName"] = Application, ["deploymentGroupName"] = Group });
            Assert.Equal([second, first], all["deployments"]!.AsArray().Select(d => d!.GetValue<string>()));
            var succeeded = await s.JsonAsync("codedeploy", "ListDeployments", new JsonObject
            {
                ["applicationName"] = Application,
                ["deploymentGroupName"] = Group,
                ["includeOnlyStatuses"] = new JsonArray("Succeeded"),
            });
            Assert.Equal(first, succeeded["deployments"]!.AsArray().Single()!.GetValue<string>());
        },
        ["codedeploy:BatchGetDeployments"] = async (s, _) =>
        {
            await ArrangeAsync(s);
            var id = await DeployAsync(s, "legacy-web:2");
            var reply = await s.JsonAsync("codedeploy", "BatchGetDeployments", new JsonObject { ["deploymentIds"] = new JsonArray(id, "d-MISSING00") });
            var info = reply["deploymentsInfo"]!.AsArray().Single()!;
            Assert.Equal("Created", info["status"]!.GetValue<string>());
            Assert.Contains("task-definition/legacy-web:2", info["revision"]!["appSpecContent"]!["content"]!.GetValue<string>());
        },
        ["codedeploy:GetDeployment"] = async (s, advance) =>
        {
            await ArrangeAsync(s);
            var id = await DeployAsync(s, "legacy-web:2");
            advance(TimeSpan.FromSeconds(10));
            Assert.Equal("InProgress", await StatusAsync(s, id));
            var service = await s.JsonAsync("ecs", "DescribeServices", new JsonObject { ["cluster"] = "staging", ["services"] = new JsonArray("legacy-web") });
            Assert.EndsWith("legacy-web:2", service["services"]![0]!["taskDefinition"]!.GetValue<string>());
            Assert.Contains(service["services"]![0]!["events"]!.AsArray(), e => e!["message"]!.GetValue<string>().Contains(id, StringComparison.Ordinal));
            advance(TimeSpan.FromMinutes(1));
            Assert.Equal("Succeeded", await StatusAsync(s, id));
        },
        ["codedeploy:CreateDeployment"] = async (s, _) =>
        {
            await ArrangeAsync(s);
            var id = await DeployAsync(s, "legacy-web:2");
            Assert.StartsWith("d-", id, StringComparison.Ordinal);
        },
        ["codedeploy:StopDeployment"] = async (s, _) =>
        {
            await ArrangeAsync(s);
            var id = await DeployAsync(s, "legacy-web:2");
            var reply = await s.JsonAsync("codedeploy", "StopDeployment", new JsonObject { ["deploymentId"] = id, ["autoRollbackEnabled"] = true });
            Assert.Equal("Succeeded", reply["status"]!.GetValue<string>());
            Assert.Equal("Stopped", await StatusAsync(s, id));
        },
    };

    /// <summary>Two revisions of legacy-web, the CODE_DEPLOY service running the first, its application and deployment group.</summary>
    private static async Task<JsonNode> ArrangeAsync(SandboxConformanceSession s)
    {
        await s.JsonAsync("ecs", "RegisterTaskDefinition", TaskDefinition());
        await s.JsonAsync("ecs", "RegisterTaskDefinition", TaskDefinition());
        var created = await s.JsonAsync("ecs", "CreateService", new JsonObject
        {
            ["cluster"] = "staging",
            ["serviceName"] = "legacy-web",
            ["taskDefinition"] = "legacy-web:1",
            ["desiredCount"] = 1,
            ["deploymentController"] = new JsonObject { ["type"] = "CODE_DEPLOY" },
            ["networkConfiguration"] = new JsonObject { ["awsvpcConfiguration"] = new JsonObject { ["subnets"] = new JsonArray("subnet-05c4b2e8a7d610021") } },
        });
        Assert.Equal("CODE_DEPLOY", created["service"]!["deploymentController"]!["type"]!.GetValue<string>());
        await s.JsonAsync("codedeploy", "CreateApplication", new JsonObject { ["applicationName"] = Application, ["computePlatform"] = "ECS" });
        return await s.JsonAsync("codedeploy", "CreateDeploymentGroup", new JsonObject
        {
            ["applicationName"] = Application,
            ["deploymentGroupName"] = Group,
            ["serviceRoleArn"] = "arn:aws:iam::000000000000:role/ecsCodeDeployRole",
            ["deploymentStyle"] = new JsonObject { ["deploymentType"] = "BLUE_GREEN", ["deploymentOption"] = "WITH_TRAFFIC_CONTROL" },
            ["ecsServices"] = new JsonArray(new JsonObject { ["serviceName"] = "legacy-web", ["clusterName"] = "staging" }),
        });
    }

    private static async Task<string> DeployAsync(SandboxConformanceSession s, string revision)
    {
        var content = new JsonObject
        {
            ["version"] = "0.0",
            ["Resources"] = new JsonArray(new JsonObject
            {
                ["TargetService"] = new JsonObject
                {
                    ["Type"] = "AWS::ECS::Service",
                    ["Properties"] = new JsonObject
                    {
                        ["TaskDefinition"] = $"arn:aws:ecs:eu-west-1:000000000000:task-definition/{revision}",
                        ["LoadBalancerInfo"] = new JsonObject { ["ContainerName"] = "legacy-web", ["ContainerPort"] = 8080 },
                    },
                },
            }),
        }.ToJsonString();
        var reply = await s.JsonAsync("codedeploy", "CreateDeployment", new JsonObject
        {
            ["applicationName"] = Application,
            ["deploymentGroupName"] = Group,
            ["revision"] = new JsonObject { ["revisionType"] = "AppSpecContent", ["appSpecContent"] = new JsonObject { ["content"] = content } },
            ["description"] = $"deploy {revision}",
        });
        return reply["deploymentId"]!.GetValue<string>();
    }

    private static async Task<string> StatusAsync(SandboxConformanceSession s, string id)
    {
        var reply = await s.JsonAsync("codedeploy", "GetDeployment", new JsonObject { ["deploymentId"] = id });
        return reply["deploymentInfo"]!["status"]!.GetValue<string>();
    }

    private static JsonObject TaskDefinition() => new()
    {
        ["family"] = "legacy-web",
        ["requiresCompatibilities"] = new JsonArray("FARGATE"),
        ["networkMode"] = "awsvpc",
        ["cpu"] = "256",
        ["memory"] = "512",
        ["containerDefinitions"] = new JsonArray(new JsonObject
        {
            ["name"] = "legacy-web",
            ["image"] = "000000000000.dkr.ecr.eu-west-1.amazonaws.com/blog:latest",
            ["essential"] = true,
            ["portMappings"] = new JsonArray(new JsonObject { ["containerPort"] = 8080, ["protocol"] = "tcp" }),
        }),
    };
}
