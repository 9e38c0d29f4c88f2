using System.Text.Json.Nodes;

namespace EcsConsole.Sandbox.Tests.Conformance;

/// <summary>
/// A case per sandbox operation ("service:Operation"), each using the seeded fleet (clusters prod and staging;
/// services and repositories users, news, market, blog) and asserting that the answer carries real content.
/// </summary>
internal static class SandboxConformanceCases
{
    public delegate Task CaseAsync(SandboxConformanceSession session, Action<TimeSpan> advance);

    private const string PullPolicy = """{"Version":"2012-10-17","Statement":[{"Sid":"ProductionPull","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::222222222222:role/ecsTaskExecutionRole"},"Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"]}]}""";

    public static IReadOnlyDictionary<string, CaseAsync> All { get; } = new Dictionary<string, CaseAsync>(StringComparer.Ordinal)
    {
        ["ecs:ListClusters"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecs", "ListClusters", []);
            Assert.Equal(2, reply["clusterArns"]!.AsArray().Count);
            var paged = await s.JsonAsync("ecs", "ListClusters", new JsonObject { ["maxResults"] = 1 });
            await s.JsonAsync("ecs", "ListClusters", new JsonObject { ["nextToken"] = paged["nextToken"]!.GetValue<string>() });
        },
        ["ecs:DescribeClusters"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecs", "DescribeClusters", new JsonObject
            {
                ["clusters"] = new JsonArray("prod", "staging", "missing"),
                ["include"] = new JsonArray("ATTACHMENTS", "CONFIGURATIONS", "SETTINGS", "STATISTICS", "TAGS"),
            });
            Assert.Equal(2, reply["clusters"]!.AsArray().Count);
            Assert.Single(reply["failures"]!.AsArray());
        },
        ["ecs:ListServices"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecs", "ListServices", new JsonObject { ["cluster"] = "prod", ["maxResults"] = 2 });
            Assert.Equal(2, reply["serviceArns"]!.AsArray().Count);
            await s.JsonAsync("ecs", "ListServices", new JsonObject { ["cluster"] = "prod", ["nextToken"] = reply["nextToken"]!.GetValue<string>() });
            await s.JsonAsync("ecs", "ListServices", new JsonObject { ["cluster"] = "staging", ["launchType"] = "FARGATE", ["schedulingStrategy"] = "REPLICA" });
        },
        ["ecs:DescribeServices"] = async (s, advance) =>
        {
            await s.JsonAsync("ecs", "UpdateService", new JsonObject { ["cluster"] = "prod", ["service"] = "news", ["forceNewDeployment"] = true });
            advance(TimeSpan.FromMinutes(2));
            var reply = await s.JsonAsync("ecs", "DescribeServices", new JsonObject
            {
                ["cluster"] = "prod",
                ["services"] = new JsonArray("users", "news", "market", "blog", "missing"),
                ["include"] = new JsonArray("TAGS"),
            });
            var services = reply["services"]!.AsArray();
            Assert.Equal(4, services.Count);
            Assert.All(services, svc => Assert.NotEmpty(svc!["events"]!.AsArray()));
            Assert.Contains(services, svc => svc!["deployments"]!.AsArray().Count > 1);
            Assert.Single(reply["failures"]!.AsArray());
        },
        ["ecs:ListTasks"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecs", "ListTasks", new JsonObject { ["cluster"] = "prod", ["serviceName"] = "users" });
            Assert.NotEmpty(reply["taskArns"]!.AsArray());
            await s.JsonAsync("ecs", "ListTasks", new JsonObject { ["cluster"] = "staging", ["desiredStatus"] = "STOPPED", ["launchType"] = "FARGATE" });
            await s.JsonAsync("ecs", "ListTasks", new JsonObject { ["cluster"] = "prod", ["family"] = "market", ["maxResults"] = 1 });
        },
        ["ecs:DescribeTasks"] = async (s, advance) =>
        {
            var running = await TaskArnsAsync(s, "prod", "RUNNING");
            await s.JsonAsync("ecs", "StopTask", new JsonObject { ["cluster"] = "prod", ["task"] = running[0], ["reason"] = "conformance test" });
            advance(TimeSpan.FromMinutes(3));
            var arns = (await TaskArnsAsync(s, "prod", "RUNNING")).Concat(await TaskArnsAsync(s, "prod", "STOPPED")).Take(100);
            var reply = await s.JsonAsync("ecs", "DescribeTasks", new JsonObject
            {
                ["cluster"] = "prod",
                ["tasks"] = new JsonArray(arns.Select(a => (JsonNode?)a).ToArray()),
                ["include"] = new JsonArray("TAGS"),
            });
            var statuses = reply["tasks"]!.AsArray().Select(t => t!["lastStatus"]!.GetValue<string>()).ToHashSet();
            Assert.Contains("RUNNING", statuses);
            Assert.Contains("STOPPED", statuses);
        },
        ["ecs:ListTaskDefinitions"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecs", "ListTaskDefinitions", new JsonObject { ["familyPrefix"] = "users", ["sort"] = "DESC", ["status"] = "ACTIVE" });
            Assert.NotEmpty(reply["taskDefinitionArns"]!.AsArray());
            await s.JsonAsync("ecs", "ListTaskDefinitions", new JsonObject { ["maxResults"] = 2 });
        },
        ["ecs:DescribeTaskDefinition"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecs", "DescribeTaskDefinition", new JsonObject { ["taskDefinition"] = "users", ["include"] = new JsonArray("TAGS") });
            Assert.NotEmpty(reply["taskDefinition"]!["containerDefinitions"]!.AsArray());
            var arn = reply["taskDefinition"]!["taskDefinitionArn"]!.GetValue<string>();
            await s.JsonAsync("ecs", "DescribeTaskDefinition", new JsonObject { ["taskDefinition"] = arn });
        },
        ["ecs:ListTaskDefinitionFamilies"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecs", "ListTaskDefinitionFamilies", new JsonObject { ["status"] = "ACTIVE" });
            Assert.Contains(reply["families"]!.AsArray(), f => f!.GetValue<string>() == "users");
            await s.JsonAsync("ecs", "ListTaskDefinitionFamilies", new JsonObject { ["familyPrefix"] = "ma", ["maxResults"] = 1 });
        },
        ["ecs:ListContainerInstances"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecs", "ListContainerInstances", new JsonObject { ["cluster"] = "prod", ["status"] = "ACTIVE" });
            Assert.NotEmpty(reply["containerInstanceArns"]!.AsArray());
        },
        ["ecs:DescribeContainerInstances"] = async (s, _) =>
        {
            var list = await s.JsonAsync("ecs", "ListContainerInstances", new JsonObject { ["cluster"] = "prod" });
            var reply = await s.JsonAsync("ecs", "DescribeContainerInstances", new JsonObject
            {
                ["cluster"] = "prod",
                ["containerInstances"] = list["containerInstanceArns"]!.DeepClone(),
                ["include"] = new JsonArray("TAGS"),
            });
            Assert.NotEmpty(reply["containerInstances"]!.AsArray());
        },
        ["ecs:UpdateService"] = async (s, advance) =>
        {
            var reply = await s.JsonAsync("ecs", "UpdateService", new JsonObject
            {
                ["cluster"] = "prod",
                ["service"] = "users",
                ["desiredCount"] = 4,
                ["taskDefinition"] = "users",
                ["forceNewDeployment"] = true,
                ["deploymentConfiguration"] = new JsonObject
                {
                    ["strategy"] = "CANARY",
                    ["bakeTimeInMinutes"] = 1,
                    ["canaryConfiguration"] = new JsonObject { ["canaryPercent"] = 10.0, ["canaryBakeTimeInMinutes"] = 1 },
                    ["deploymentCircuitBreaker"] = new JsonObject { ["enable"] = true, ["rollback"] = true, ["thresholdConfiguration"] = new JsonObject { ["type"] = "COUNT", ["value"] = 3 } },
                    ["alarms"] = new JsonObject { ["alarmNames"] = new JsonArray("prod-users-unhealthy-hosts"), ["enable"] = true, ["rollback"] = true },
                    ["lifecycleHooks"] = new JsonArray(
                        new JsonObject { ["targetType"] = "PAUSE", ["lifecycleStages"] = new JsonArray("POST_TEST_TRAFFIC_SHIFT"), ["timeoutConfiguration"] = new JsonObject { ["timeoutInMinutes"] = 60, ["action"] = "CONTINUE" } },
                        new JsonObject
                        {
                            ["targetType"] = "AWS_LAMBDA",
                            ["hookTargetArn"] = "arn:aws:lambda:eu-west-1:000000000000:function:smoke-test",
                            ["roleArn"] = "arn:aws:iam::000000000000:role/ecs-hooks",
                            ["lifecycleStages"] = new JsonArray("POST_SCALE_UP"),
                            ["hookDetails"] = new JsonObject { ["path"] = "/health" },
                        }),
                },
            });
            Assert.Equal(4, reply["service"]!["desiredCount"]!.GetValue<int>());
            Assert.Equal("CANARY", reply["service"]!["deploymentConfiguration"]!["strategy"]!.GetValue<string>());
            Assert.NotNull(reply["service"]!["loadBalancers"]![0]!["advancedConfiguration"]);
            advance(TimeSpan.FromMinutes(5));
            await s.JsonAsync("ecs", "DescribeServices", new JsonObject { ["cluster"] = "prod", ["services"] = new JsonArray("users") });
        },
        ["ecs:StopTask"] = async (s, _) =>
        {
            var running = await TaskArnsAsync(s, "staging", "RUNNING");
            var reply = await s.JsonAsync("ecs", "StopTask", new JsonObject { ["cluster"] = "staging", ["task"] = running[0], ["reason"] = "conformance test" });
            Assert.Equal("STOPPED", reply["task"]!["desiredStatus"]!.GetValue<string>());
        },
        ["ecs:ExecuteCommand"] = async (s, _) =>
        {
            var users = await s.JsonAsync("ecs", "ListTasks", new JsonObject { ["cluster"] = "prod", ["serviceName"] = "users" });
            var task = users["taskArns"]![0]!.GetValue<string>();
            var reply = await s.JsonAsync("ecs", "ExecuteCommand", new JsonObject { ["cluster"] = "prod", ["task"] = task, ["container"] = "users", ["command"] = "/bin/sh", ["interactive"] = true });
            Assert.StartsWith("ws://", reply["session"]!["streamUrl"]!.GetValue<string>());
            Assert.Equal(task, reply["taskArn"]!.GetValue<string>());
        },
        ["ecs:RegisterTaskDefinition"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecs", "RegisterTaskDefinition", SandboxTaskDefinitionSample("reports"));
            Assert.Equal(1, reply["taskDefinition"]!["revision"]!.GetValue<int>());
            Assert.Single(reply["tags"]!.AsArray());
        },
        ["ecs:DeregisterTaskDefinition"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecs", "DeregisterTaskDefinition", new JsonObject { ["taskDefinition"] = "users:1" });
            Assert.Equal("INACTIVE", reply["taskDefinition"]!["status"]!.GetValue<string>());
        },
        ["ecs:CreateService"] = async (s, advance) =>
        {
            await s.JsonAsync("ecs", "RegisterTaskDefinition", SandboxTaskDefinitionSample("reports"));
            var namespaces = await s.JsonAsync("servicediscovery", "ListNamespaces", new JsonObject());
            var registry = (await s.JsonAsync("servicediscovery", "CreateService", new JsonObject
            {
                ["Name"] = "reports",
                ["NamespaceId"] = namespaces["Namespaces"]!.AsArray().Single(n => n!["Name"]!.GetValue<string>() == "staging.internal")!["Id"]!.GetValue<string>(),
                ["DnsConfig"] = new JsonObject { ["DnsRecords"] = new JsonArray(new JsonObject { ["Type"] = "A", ["TTL"] = 10 }) },
            }))["Service"]!["Arn"]!.GetValue<string>();
            var reply = await s.JsonAsync("ecs", "CreateService", new JsonObject
            {
                ["cluster"] = "staging",
                ["serviceName"] = "reports",
                ["taskDefinition"] = "reports",
                ["desiredCount"] = 2,
                ["clientToken"] = "conformance-reports-1",
                ["networkConfiguration"] = new JsonObject { ["awsvpcConfiguration"] = new JsonObject { ["subnets"] = new JsonArray("subnet-05c4b2e8a7d610021") } },
                ["deploymentConfiguration"] = new JsonObject
                {
                    ["deploymentCircuitBreaker"] = new JsonObject { ["enable"] = true, ["rollback"] = true },
                    ["maximumPercent"] = 200,
                    ["minimumHealthyPercent"] = 100,
                },
                ["serviceRegistries"] = new JsonArray(new JsonObject { ["registryArn"] = registry }),
                ["propagateTags"] = "SERVICE",
                ["enableECSManagedTags"] = true,
                ["tags"] = new JsonArray(new JsonObject { ["key"] = "team", ["value"] = "reports" }),
            });
            Assert.Equal("ACTIVE", reply["service"]!["status"]!.GetValue<string>());
            Assert.Equal(registry, reply["service"]!["serviceRegistries"]![0]!["registryArn"]!.GetValue<string>());
            Assert.Equal("SERVICE", reply["service"]!["propagateTags"]!.GetValue<string>());
            advance(TimeSpan.FromMinutes(2));
            await s.JsonAsync("ecs", "DescribeServices", new JsonObject { ["cluster"] = "staging", ["services"] = new JsonArray("reports") });
        },
        ["ecs:DeleteService"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecs", "DeleteService", new JsonObject { ["cluster"] = "prod", ["service"] = "blog", ["force"] = true });
            Assert.Equal("DRAINING", reply["service"]!["status"]!.GetValue<string>());
        },
        ["ecs:RunTask"] = async (s, advance) =>
        {
            var reply = await s.JsonAsync("ecs", "RunTask", new JsonObject
            {
                ["cluster"] = "staging",
                ["taskDefinition"] = "blog",
                ["launchType"] = "FARGATE",
                ["networkConfiguration"] = new JsonObject { ["awsvpcConfiguration"] = new JsonObject { ["subnets"] = new JsonArray("subnet-05c4b2e8a7d610021") } },
                ["startedBy"] = "conformance",
            });
            Assert.Single(reply["tasks"]!.AsArray());
            advance(TimeSpan.FromMinutes(1));
        },
        ["logs:DescribeLogGroups"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("logs", "DescribeLogGroups", new JsonObject { ["logGroupNamePrefix"] = "/ecs/" });
            Assert.Equal(4, reply["logGroups"]!.AsArray().Count);
            await s.JsonAsync("logs", "DescribeLogGroups", new JsonObject { ["limit"] = 1 });
        },
        ["logs:DescribeLogStreams"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("logs", "DescribeLogStreams", new JsonObject { ["logGroupName"] = "/ecs/users", ["orderBy"] = "LastEventTime", ["descending"] = true });
            Assert.NotEmpty(reply["logStreams"]!.AsArray());
        },
        ["logs:GetLogEvents"] = async (s, _) =>
        {
            var streams = await s.JsonAsync("logs", "DescribeLogStreams", new JsonObject { ["logGroupName"] = "/ecs/news" });
            var reply = await s.JsonAsync("logs", "GetLogEvents", new JsonObject
            {
                ["logGroupName"] = "/ecs/news",
                ["logStreamName"] = streams["logStreams"]![0]!["logStreamName"]!.GetValue<string>(),
                ["limit"] = 20,
            });
            Assert.Equal(20, reply["events"]!.AsArray().Count);
        },
        ["logs:FilterLogEvents"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("logs", "FilterLogEvents", new JsonObject { ["logGroupName"] = "/ecs/blog", ["filterPattern"] = "?ERROR ?WARN", ["limit"] = 5 });
            Assert.NotEmpty(reply["events"]!.AsArray());
        },
        ["ecs:ListServiceDeployments"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecs", "ListServiceDeployments", new JsonObject { ["cluster"] = "prod", ["service"] = "users", ["status"] = new JsonArray("SUCCESSFUL") });
            Assert.Equal(2, reply["serviceDeployments"]!.AsArray().Count);
        },
        ["ecs:DescribeServiceDeployments"] = async (s, advance) =>
        {
            await s.JsonAsync("ecs", "UpdateService", new JsonObject { ["cluster"] = "prod", ["service"] = "news", ["taskDefinition"] = "news:4" });
            advance(TimeSpan.FromSeconds(20));
            var list = await s.JsonAsync("ecs", "ListServiceDeployments", new JsonObject { ["cluster"] = "prod", ["service"] = "news" });
            var arns = list["serviceDeployments"]!.AsArray().Select(d => (JsonNode?)d!["serviceDeploymentArn"]!.GetValue<string>()).ToArray();
            var reply = await s.JsonAsync("ecs", "DescribeServiceDeployments", new JsonObject { ["serviceDeploymentArns"] = new JsonArray(arns) });
            Assert.Equal("IN_PROGRESS", reply["serviceDeployments"]![0]!["status"]!.GetValue<string>());
        },
        ["ecs:DescribeServiceRevisions"] = async (s, _) =>
        {
            var service = await s.JsonAsync("ecs", "DescribeServices", new JsonObject { ["cluster"] = "staging", ["services"] = new JsonArray("users") });
            var revision = service["services"]![0]!["currentServiceRevisions"]![0]!["arn"]!.GetValue<string>();
            var reply = await s.JsonAsync("ecs", "DescribeServiceRevisions", new JsonObject { ["serviceRevisionArns"] = new JsonArray(revision, revision + "0") });
            Assert.Single(reply["serviceRevisions"]!.AsArray());
            Assert.Single(reply["failures"]!.AsArray());
        },
        ["ecs:StopServiceDeployment"] = async (s, advance) =>
        {
            await s.JsonAsync("ecs", "UpdateService", new JsonObject { ["cluster"] = "prod", ["service"] = "market", ["forceNewDeployment"] = true });
            advance(TimeSpan.FromSeconds(5));
            var list = await s.JsonAsync("ecs", "ListServiceDeployments", new JsonObject { ["cluster"] = "prod", ["service"] = "market", ["status"] = new JsonArray("IN_PROGRESS") });
            var arn = list["serviceDeployments"]![0]!["serviceDeploymentArn"]!.GetValue<string>();
            var reply = await s.JsonAsync("ecs", "StopServiceDeployment", new JsonObject { ["serviceDeploymentArn"] = arn, ["stopType"] = "ROLLBACK" });
            Assert.Equal(arn, reply["serviceDeploymentArn"]!.GetValue<string>());
        },
        ["ecs:ContinueServiceDeployment"] = async (s, advance) =>
        {
            await s.JsonAsync("ecs", "UpdateService", new JsonObject
            {
                ["cluster"] = "staging",
                ["service"] = "users",
                ["forceNewDeployment"] = true,
                ["deploymentConfiguration"] = new JsonObject
                {
                    ["strategy"] = "BLUE_GREEN",
                    ["bakeTimeInMinutes"] = 1,
                    ["lifecycleHooks"] = new JsonArray(new JsonObject { ["targetType"] = "PAUSE", ["lifecycleStages"] = new JsonArray("POST_SCALE_UP") }),
                },
            });
            advance(TimeSpan.FromMinutes(3));
            var list = await s.JsonAsync("ecs", "ListServiceDeployments", new JsonObject { ["cluster"] = "staging", ["service"] = "users", ["status"] = new JsonArray("IN_PROGRESS") });
            var arn = list["serviceDeployments"]![0]!["serviceDeploymentArn"]!.GetValue<string>();
            var paused = await s.JsonAsync("ecs", "DescribeServiceDeployments", new JsonObject { ["serviceDeploymentArns"] = new JsonArray(arn) });
            var deployment = paused["serviceDeployments"]![0]!;
            Assert.Equal("POST_SCALE_UP", deployment["lifecycleStage"]!.GetValue<string>());
            var hook = deployment["lifecycleHookDetails"]![0]!;
            Assert.Equal("AWAITING_ACTION", hook["status"]!.GetValue<string>());
            var reply = await s.JsonAsync("ecs", "ContinueServiceDeployment", new JsonObject { ["serviceDeploymentArn"] = arn, ["hookId"] = hook["hookId"]!.GetValue<string>(), ["action"] = "CONTINUE" });
            Assert.Equal(arn, reply["serviceDeploymentArn"]!.GetValue<string>());
            advance(TimeSpan.FromSeconds(2));
            var shifted = await s.JsonAsync("ecs", "DescribeServiceDeployments", new JsonObject { ["serviceDeploymentArns"] = new JsonArray(arn) });
            Assert.Equal(100.0, shifted["serviceDeployments"]![0]!["targetServiceRevision"]!["requestedProductionTrafficWeight"]!.GetValue<double>());
        },
        ["ecs:TagResource"] = async (s, _) =>
        {
            await s.JsonAsync("ecs", "TagResource", new JsonObject
            {
                ["resourceArn"] = "arn:aws:ecs:eu-west-1:000000000000:cluster/staging",
                ["tags"] = new JsonArray(new JsonObject { ["key"] = "cost-center", ["value"] = "42" }),
            });
        },
        ["ecs:UntagResource"] = async (s, _) =>
        {
            await s.JsonAsync("ecs", "UntagResource", new JsonObject { ["resourceArn"] = "arn:aws:ecs:eu-west-1:000000000000:cluster/prod", ["tagKeys"] = new JsonArray("owner") });
        },
        ["ecs:ListTagsForResource"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecs", "ListTagsForResource", new JsonObject { ["resourceArn"] = "arn:aws:ecs:eu-west-1:000000000000:task-definition/users:5" });
            Assert.NotEmpty(reply["tags"]!.AsArray());
        },
        ["ecr:DescribeImageScanFindings"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecr", "DescribeImageScanFindings", new JsonObject { ["repositoryName"] = "market", ["imageId"] = new JsonObject { ["imageTag"] = "latest" } });
            Assert.NotNull(reply["imageScanFindings"]!["findings"]);
        },
        ["logs:CreateLogGroup"] = async (s, _) =>
        {
            await s.JsonAsync("logs", "CreateLogGroup", new JsonObject { ["logGroupName"] = "/ecs/reports", ["tags"] = new JsonObject { ["team"] = "reports" } });
        },
        ["logs:ListTagsForResource"] = async (s, _) =>
        {
            await s.JsonAsync("logs", "CreateLogGroup", new JsonObject { ["logGroupName"] = "/ecs/tagged", ["tags"] = new JsonObject { ["team"] = "reports" } });
            var group = (await s.JsonAsync("logs", "DescribeLogGroups", new JsonObject { ["logGroupNamePrefix"] = "/ecs/tagged" }))["logGroups"]![0]!["logGroupArn"]!.GetValue<string>();
            var reply = await s.JsonAsync("logs", "ListTagsForResource", new JsonObject { ["resourceArn"] = group });
            Assert.Equal("reports", reply["tags"]!["team"]!.GetValue<string>());
        },
        ["logs:DeleteLogGroup"] = async (s, _) =>
        {
            await s.JsonAsync("logs", "DeleteLogGroup", new JsonObject { ["logGroupName"] = "/ecs/users" });
            var reply = await s.JsonAsync("logs", "DescribeLogGroups", new JsonObject { ["logGroupNamePrefix"] = "/ecs/users" });
            Assert.Empty(reply["logGroups"]!.AsArray());
        },
        ["logs:PutRetentionPolicy"] = async (s, _) =>
        {
            await s.JsonAsync("logs", "PutRetentionPolicy", new JsonObject { ["logGroupName"] = "/ecs/users", ["retentionInDays"] = 7 });
        },
        ["elbv2:DescribeLoadBalancers"] = async (s, _) =>
        {
            var reply = await s.QueryAsync("elbv2", "DescribeLoadBalancers", new Dictionary<string, string> { ["Names.member.1"] = "prod-alb" });
            Assert.Equal("prod-alb", ElbValues(reply, "LoadBalancerName").Single());
        },
        ["elbv2:DescribeTargetGroups"] = async (s, _) =>
        {
            var reply = await s.QueryAsync("elbv2", "DescribeTargetGroups", new Dictionary<string, string> { ["PageSize"] = "3" });
            Assert.Equal(3, ElbValues(reply, "TargetGroupArn").Count);
        },
        ["elbv2:DescribeTargetHealth"] = async (s, advance) =>
        {
            await s.JsonAsync("ecs", "UpdateService", new JsonObject { ["cluster"] = "prod", ["service"] = "users", ["forceNewDeployment"] = true });
            advance(TimeSpan.FromSeconds(8));
            var groups = await s.QueryAsync("elbv2", "DescribeTargetGroups", new Dictionary<string, string> { ["Names.member.1"] = "prod-users" });
            var reply = await s.QueryAsync("elbv2", "DescribeTargetHealth", new Dictionary<string, string> { ["TargetGroupArn"] = ElbValues(groups, "TargetGroupArn").Single() });
            Assert.Contains("initial", ElbValues(reply, "State"));
            Assert.Contains("healthy", ElbValues(reply, "State"));
        },
        ["elbv2:DescribeListeners"] = async (s, _) =>
        {
            var balancers = await s.QueryAsync("elbv2", "DescribeLoadBalancers");
            var reply = await s.QueryAsync("elbv2", "DescribeListeners", new Dictionary<string, string> { ["LoadBalancerArn"] = ElbValues(balancers, "LoadBalancerArn")[0] });
            Assert.Equal(["443", "8443"], ElbValues(reply, "Port"));
        },
        ["elbv2:DescribeRules"] = async (s, _) =>
        {
            var balancers = await s.QueryAsync("elbv2", "DescribeLoadBalancers");
            var listeners = await s.QueryAsync("elbv2", "DescribeListeners", new Dictionary<string, string> { ["LoadBalancerArn"] = ElbValues(balancers, "LoadBalancerArn")[0] });
            var reply = await s.QueryAsync("elbv2", "DescribeRules", new Dictionary<string, string> { ["ListenerArn"] = ElbValues(listeners, "ListenerArn")[0] });
            Assert.Equal(5, ElbValues(reply, "RuleArn").Count);
        },
        ["application-autoscaling:DescribeScalableTargets"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("application-autoscaling", "DescribeScalableTargets", new JsonObject { ["ServiceNamespace"] = "ecs" });
            Assert.Equal(2, reply["ScalableTargets"]!.AsArray().Count);
        },
        ["application-autoscaling:DescribeScalingPolicies"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("application-autoscaling", "DescribeScalingPolicies", new JsonObject { ["ServiceNamespace"] = "ecs", ["ResourceId"] = "service/prod/users" });
            Assert.Single(reply["ScalingPolicies"]!.AsArray());
        },
        ["application-autoscaling:DescribeScalingActivities"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("application-autoscaling", "DescribeScalingActivities", new JsonObject { ["ServiceNamespace"] = "ecs", ["ResourceId"] = "service/prod/market" });
            Assert.Equal(2, reply["ScalingActivities"]!.AsArray().Count);
        },
        ["cloudwatch:DescribeAlarms"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("cloudwatch", "DescribeAlarms", new JsonObject { ["AlarmNamePrefix"] = "prod-", ["MaxRecords"] = 3 });
            Assert.Equal(3, reply["MetricAlarms"]!.AsArray().Count);
            await s.JsonAsync("cloudwatch", "DescribeAlarms", new JsonObject { ["NextToken"] = reply["NextToken"]!.GetValue<string>(), ["AlarmNamePrefix"] = "prod-", ["MaxRecords"] = 3 });
        },
        ["cloudwatch:GetMetricData"] = async (s, _) =>
        {
            var end = new DateTimeOffset(2026, 11, 27, 10, 30, 0, TimeSpan.Zero).ToUnixTimeSeconds();
            static JsonObject Query(string id, string ns, string metric, string stat, params (string Name, string Value)[] dimensions) => new()
            {
                ["Id"] = id,
                ["MetricStat"] = new JsonObject
                {
                    ["Metric"] = new JsonObject
                    {
                        ["Namespace"] = ns,
                        ["MetricName"] = metric,
                        ["Dimensions"] = new JsonArray(dimensions.Select(d => (JsonNode)new JsonObject { ["Name"] = d.Name, ["Value"] = d.Value }).ToArray()),
                    },
                    ["Period"] = 300,
                    ["Stat"] = stat,
                },
            };
            var reply = await s.JsonAsync("cloudwatch", "GetMetricData", new JsonObject
            {
                ["MetricDataQueries"] = new JsonArray(
                    Query("cpu", "AWS/ECS", "CPUUtilization", "Average", ("ClusterName", "prod"), ("ServiceName", "users")),
                    Query("tasks", "ECS/ContainerInsights", "RunningTaskCount", "Maximum", ("ClusterName", "prod"), ("ServiceName", "users")),
                    Query("unknown", "Custom/Nothing", "Nothing", "Sum")),
                ["StartTime"] = end - 3600,
                ["EndTime"] = end,
                ["ScanBy"] = "TimestampAscending",
            });
            Assert.NotEmpty(reply["MetricDataResults"]![0]!["Values"]!.AsArray());
            Assert.Empty(reply["MetricDataResults"]![2]!["Values"]!.AsArray());
        },
        ["servicediscovery:ListNamespaces"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("servicediscovery", "ListNamespaces", []);
            Assert.Equal(2, reply["Namespaces"]!.AsArray().Count);
        },
        ["servicediscovery:ListServices"] = async (s, _) =>
        {
            var namespaces = await s.JsonAsync("servicediscovery", "ListNamespaces", []);
            var id = namespaces["Namespaces"]![0]!["Id"]!.GetValue<string>();
            var reply = await s.JsonAsync("servicediscovery", "ListServices", new JsonObject
            {
                ["Filters"] = new JsonArray(new JsonObject { ["Name"] = "NAMESPACE_ID", ["Values"] = new JsonArray(id), ["Condition"] = "EQ" }),
            });
            Assert.Equal(4, reply["Services"]!.AsArray().Count);
        },
        ["servicediscovery:GetService"] = async (s, _) =>
        {
            var services = await s.JsonAsync("servicediscovery", "ListServices", []);
            var reply = await s.JsonAsync("servicediscovery", "GetService", new JsonObject { ["Id"] = services["Services"]![0]!["Id"]!.GetValue<string>() });
            Assert.NotNull(reply["Service"]!["NamespaceId"]);
        },
        ["servicediscovery:ListInstances"] = async (s, _) =>
        {
            var services = await s.JsonAsync("servicediscovery", "ListServices", []);
            var reply = await s.JsonAsync("servicediscovery", "ListInstances", new JsonObject { ["ServiceId"] = services["Services"]![0]!["Id"]!.GetValue<string>() });
            Assert.NotEmpty(reply["Instances"]!.AsArray());
        },
        ["ecs:CreateCluster"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecs", "CreateCluster", new JsonObject
            {
                ["clusterName"] = "qa",
                ["capacityProviders"] = new JsonArray("FARGATE", "FARGATE_SPOT"),
                ["defaultCapacityProviderStrategy"] = new JsonArray(new JsonObject { ["capacityProvider"] = "FARGATE", ["weight"] = 1, ["base"] = 1 }),
                ["settings"] = new JsonArray(new JsonObject { ["name"] = "containerInsights", ["value"] = "enabled" }),
                ["tags"] = new JsonArray(new JsonObject { ["key"] = "environment", ["value"] = "qa" }),
            });
            Assert.Equal("ACTIVE", reply["cluster"]!["status"]!.GetValue<string>());
        },
        ["ecs:DeleteCluster"] = async (s, _) =>
        {
            await s.JsonAsync("ecs", "CreateCluster", new JsonObject { ["clusterName"] = "scratch" });
            var reply = await s.JsonAsync("ecs", "DeleteCluster", new JsonObject { ["cluster"] = "scratch" });
            Assert.Equal("INACTIVE", reply["cluster"]!["status"]!.GetValue<string>());
        },
        ["ecr:DescribeRepositories"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecr", "DescribeRepositories", []);
            Assert.Equal(4, reply["repositories"]!.AsArray().Count);
            await s.JsonAsync("ecr", "DescribeRepositories", new JsonObject { ["repositoryNames"] = new JsonArray("users", "blog") });
            await s.JsonAsync("ecr", "DescribeRepositories", new JsonObject { ["maxResults"] = 1 });
        },
        ["ecr:DescribeImages"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecr", "DescribeImages", new JsonObject { ["repositoryName"] = "users" });
            Assert.NotEmpty(reply["imageDetails"]!.AsArray());
            await s.JsonAsync("ecr", "DescribeImages", new JsonObject { ["repositoryName"] = "users", ["imageIds"] = new JsonArray(new JsonObject { ["imageTag"] = "latest" }) });
            await s.JsonAsync("ecr", "DescribeImages", new JsonObject { ["repositoryName"] = "news", ["filter"] = new JsonObject { ["tagStatus"] = "TAGGED" }, ["maxResults"] = 2 });
        },
        ["ecr:ListImages"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecr", "ListImages", new JsonObject { ["repositoryName"] = "market" });
            Assert.NotEmpty(reply["imageIds"]!.AsArray());
            await s.JsonAsync("ecr", "ListImages", new JsonObject { ["repositoryName"] = "market", ["filter"] = new JsonObject { ["tagStatus"] = "ANY" }, ["maxResults"] = 3 });
        },
        ["ecr:BatchGetImage"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecr", "BatchGetImage", new JsonObject
            {
                ["repositoryName"] = "news",
                ["imageIds"] = new JsonArray(new JsonObject { ["imageTag"] = "latest" }, new JsonObject { ["imageTag"] = "no-such-tag" }),
                ["acceptedMediaTypes"] = new JsonArray("application/vnd.docker.distribution.manifest.v2+json"),
            });
            Assert.Contains("\"schemaVersion\":2", reply["images"]![0]!["imageManifest"]!.GetValue<string>());
            Assert.Equal("ImageNotFound", reply["failures"]![0]!["failureCode"]!.GetValue<string>());
        },
        ["ecr:PutImage"] = async (s, _) =>
        {
            var got = await s.JsonAsync("ecr", "BatchGetImage", new JsonObject { ["repositoryName"] = "news", ["imageIds"] = new JsonArray(new JsonObject { ["imageTag"] = "latest" }) });
            var manifest = got["images"]![0]!["imageManifest"]!.GetValue<string>();
            var retag = await s.JsonAsync("ecr", "PutImage", new JsonObject { ["repositoryName"] = "news", ["imageManifest"] = manifest, ["imageTag"] = "v2.0.0" });
            Assert.Equal(got["images"]![0]!["imageId"]!["imageDigest"]!.GetValue<string>(), retag["image"]!["imageId"]!["imageDigest"]!.GetValue<string>());
            var changed = manifest.Replace("\"schemaVersion\":2", "\"schemaVersion\":2,\"annotations\":{\"org.opencontainers.image.version\":\"v2.1.0\"}", StringComparison.Ordinal);
            var pushed = await s.JsonAsync("ecr", "PutImage", new JsonObject
            {
                ["repositoryName"] = "news",
                ["imageManifest"] = changed,
                ["imageManifestMediaType"] = "application/vnd.docker.distribution.manifest.v2+json",
                ["imageTag"] = "v2.1.0",
            });
            Assert.NotEqual(retag["image"]!["imageId"]!["imageDigest"]!.GetValue<string>(), pushed["image"]!["imageId"]!["imageDigest"]!.GetValue<string>());
        },
        ["ecr:SetRepositoryPolicy"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ecr", "SetRepositoryPolicy", new JsonObject { ["repositoryName"] = "news", ["policyText"] = PullPolicy });
            Assert.Equal(("000000000000", "news"), (reply["registryId"]!.GetValue<string>(), reply["repositoryName"]!.GetValue<string>()));
            Assert.Contains("ecr:BatchGetImage", reply["policyText"]!.GetValue<string>(), StringComparison.Ordinal);
        },
        ["ecr:GetRepositoryPolicy"] = async (s, _) =>
        {
            await s.JsonAsync("ecr", "SetRepositoryPolicy", new JsonObject { ["repositoryName"] = "users", ["policyText"] = PullPolicy });
            var reply = await s.JsonAsync("ecr", "GetRepositoryPolicy", new JsonObject { ["repositoryName"] = "users" });
            Assert.Equal(PullPolicy, reply["policyText"]!.GetValue<string>());
        },
        ["ecr:DeleteRepositoryPolicy"] = async (s, _) =>
        {
            await s.JsonAsync("ecr", "SetRepositoryPolicy", new JsonObject { ["repositoryName"] = "market", ["policyText"] = PullPolicy });
            var reply = await s.JsonAsync("ecr", "DeleteRepositoryPolicy", new JsonObject { ["repositoryName"] = "market" });
            Assert.Equal("market", reply["repositoryName"]!.GetValue<string>());
        },
        ["sts:GetCallerIdentity"] = async (s, _) =>
        {
            var reply = await s.QueryAsync("sts", "GetCallerIdentity");
            Assert.Contains(reply.Descendants(), e => e.Name.LocalName == "Account" && e.Value.Length == 12);
        },
        ["sts:AssumeRole"] = async (s, _) =>
        {
            var reply = await s.QueryAsync("sts", "AssumeRole", new Dictionary<string, string>
            {
                ["RoleArn"] = "arn:aws:iam::222222222222:role/EcsConsoleAccess",
                ["RoleSessionName"] = "conformance",
                ["DurationSeconds"] = "900",
            });
            Assert.Contains(reply.Descendants(), e => e.Name.LocalName == "Arn" && e.Value == "arn:aws:sts::222222222222:assumed-role/EcsConsoleAccess/conformance");
        },
    }.Concat(IamConformanceCases.All).Concat(CodeDeployConformanceCases.All).Concat(CapacityProviderConformanceCases.All).Concat(LoadBalancingConformanceCases.All).Concat(Ec2ConformanceCases.All).ToDictionary(StringComparer.Ordinal);

    private static async Task<List<string>> TaskArnsAsync(SandboxConformanceSession s, string cluster, string desiredStatus)
    {
        var reply = await s.JsonAsync("ecs", "ListTasks", new JsonObject { ["cluster"] = cluster, ["desiredStatus"] = desiredStatus });
        return reply["taskArns"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
    }

    /// <summary>A small Fargate task definition in the shape the console's wizard registers (added with the sandbox's RegisterTaskDefinition).</summary>
    private static JsonObject SandboxTaskDefinitionSample(string family) => new()
    {
        ["family"] = family,
        ["requiresCompatibilities"] = new JsonArray("FARGATE"),
        ["networkMode"] = "awsvpc",
        ["cpu"] = "256",
        ["memory"] = "512",
        ["containerDefinitions"] = new JsonArray(new JsonObject
        {
            ["name"] = family,
            ["image"] = "000000000000.dkr.ecr.eu-west-1.amazonaws.com/blog:latest",
            ["essential"] = true,
            ["portMappings"] = new JsonArray(new JsonObject { ["containerPort"] = 8080, ["protocol"] = "tcp" }),
            ["logConfiguration"] = new JsonObject { ["logDriver"] = "awslogs", ["options"] = new JsonObject { ["awslogs-group"] = $"/ecs/{family}" } },
        }),
        ["tags"] = new JsonArray(new JsonObject { ["key"] = "team", ["value"] = family }),
    };

    private static List<string> ElbValues(System.Xml.Linq.XDocument reply, string element) =>
        reply.Descendants().Where(e => e.Name.LocalName == element).Select(e => e.Value).ToList();
}
