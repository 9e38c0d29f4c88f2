using System.Xml.Linq;
using static EcsConsole.Sandbox.Tests.Conformance.SandboxConformanceCases;

namespace EcsConsole.Sandbox.Tests.Conformance;

/// <summary>The IAM operations' cases, joined to <see cref="SandboxConformanceCases.All"/>: each arranges what it needs through IAM itself.</summary>
internal static class IamConformanceCases
{
    private const string TaskTrust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
    private const string Ec2Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
    private const string ExecutionPolicy = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";
    private const string InstancePolicy = "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role";

    public static IReadOnlyDictionary<string, CaseAsync> All { get; } = new Dictionary<string, CaseAsync>(StringComparer.Ordinal)
    {
        ["iam:GetRole"] = async (s, _) =>
        {
            var reply = await s.QueryAsync("iam", "GetRole", new Dictionary<string, string> { ["RoleName"] = "ecsTaskExecutionRole" });
            Assert.Equal("arn:aws:iam::000000000000:role/ecsTaskExecutionRole", Values(reply, "Arn").Single());
            Assert.Contains("ecs-tasks.amazonaws.com", Uri.UnescapeDataString(Values(reply, "AssumeRolePolicyDocument").Single()), StringComparison.Ordinal);
        },
        ["iam:ListRoles"] = async (s, _) =>
        {
            await CreateRoleAsync(s, "users-task");
            var first = await s.QueryAsync("iam", "ListRoles", new Dictionary<string, string> { ["MaxItems"] = "1" });
            Assert.Equal("true", Values(first, "IsTruncated").Single());
            var rest = await s.QueryAsync("iam", "ListRoles", new Dictionary<string, string> { ["Marker"] = Values(first, "Marker").Single() });
            Assert.Equal(3, Values(first, "RoleName").Count + Values(rest, "RoleName").Count);
            var linked = await s.QueryAsync("iam", "ListRoles", new Dictionary<string, string> { ["PathPrefix"] = "/aws-service-role/" });
            Assert.Equal(["AWSServiceRoleForECS"], Values(linked, "RoleName"));
        },
        ["iam:CreateRole"] = async (s, _) =>
        {
            var reply = await CreateRoleAsync(s, "news-task");
            Assert.Equal("news-task", Values(reply, "RoleName").Single());
            Assert.StartsWith("AROA", Values(reply, "RoleId").Single(), StringComparison.Ordinal);
            Assert.Equal(["team", "service"], Values(reply, "Key"));
        },
        ["iam:DeleteRole"] = async (s, _) =>
        {
            await CreateRoleAsync(s, "blog-task");
            await s.QueryAsync("iam", "DeleteRole", new Dictionary<string, string> { ["RoleName"] = "blog-task" });
            var roles = await s.QueryAsync("iam", "ListRoles");
            Assert.DoesNotContain("blog-task", Values(roles, "RoleName"));
        },
        ["iam:TagRole"] = async (s, _) =>
        {
            await CreateRoleAsync(s, "market-task");
            await s.QueryAsync("iam", "TagRole", new Dictionary<string, string>
            {
                ["RoleName"] = "market-task", ["Tags.member.1.Key"] = "cost-center", ["Tags.member.1.Value"] = "42",
            });
            var role = await s.QueryAsync("iam", "GetRole", new Dictionary<string, string> { ["RoleName"] = "market-task" });
            Assert.Contains("cost-center", Values(role, "Key"));
        },
        ["iam:AttachRolePolicy"] = async (s, _) =>
        {
            await CreateRoleAsync(s, "users-execution");
            await s.QueryAsync("iam", "AttachRolePolicy", new Dictionary<string, string> { ["RoleName"] = "users-execution", ["PolicyArn"] = ExecutionPolicy });
        },
        ["iam:DetachRolePolicy"] = async (s, _) =>
        {
            await s.QueryAsync("iam", "DetachRolePolicy", new Dictionary<string, string> { ["RoleName"] = "ecsTaskExecutionRole", ["PolicyArn"] = ExecutionPolicy });
            var attached = await s.QueryAsync("iam", "ListAttachedRolePolicies", new Dictionary<string, string> { ["RoleName"] = "ecsTaskExecutionRole" });
            Assert.Empty(Values(attached, "PolicyArn"));
        },
        ["iam:PutRolePolicy"] = async (s, _) =>
        {
            await CreateRoleAsync(s, "users-task");
            await s.QueryAsync("iam", "PutRolePolicy", new Dictionary<string, string>
            {
                ["RoleName"] = "users-task", ["PolicyName"] = "dynamodb",
                ["PolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["dynamodb:GetItem"],"Resource":"arn:aws:dynamodb:eu-west-1:000000000000:table/users"}]}""",
            });
        },
        ["iam:DeleteRolePolicy"] = async (s, _) =>
        {
            await CreateRoleAsync(s, "users-task");
            await s.QueryAsync("iam", "PutRolePolicy", new Dictionary<string, string>
            {
                ["RoleName"] = "users-task", ["PolicyName"] = "sqs",
                ["PolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"*"}]}""",
            });
            await s.QueryAsync("iam", "DeleteRolePolicy", new Dictionary<string, string> { ["RoleName"] = "users-task", ["PolicyName"] = "sqs" });
        },
        ["iam:ListAttachedRolePolicies"] = async (s, _) =>
        {
            var reply = await s.QueryAsync("iam", "ListAttachedRolePolicies", new Dictionary<string, string> { ["RoleName"] = "ecsTaskExecutionRole", ["PathPrefix"] = "/service-role/" });
            Assert.Equal(["AmazonECSTaskExecutionRolePolicy"], Values(reply, "PolicyName"));
        },
        ["iam:ListRolePolicies"] = async (s, _) =>
        {
            await CreateRoleAsync(s, "news-task");
            foreach (var name in new[] { "s3", "dynamodb" })
            {
                await s.QueryAsync("iam", "PutRolePolicy", new Dictionary<string, string>
                {
                    ["RoleName"] = "news-task", ["PolicyName"] = name,
                    ["PolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""",
                });
            }

            var reply = await s.QueryAsync("iam", "ListRolePolicies", new Dictionary<string, string> { ["RoleName"] = "news-task" });
            Assert.Equal(["dynamodb", "s3"], Values(reply, "member"));
        },
        ["iam:CreateInstanceProfile"] = async (s, _) =>
        {
            var reply = await s.QueryAsync("iam", "CreateInstanceProfile", new Dictionary<string, string>
            {
                ["InstanceProfileName"] = "prod-ecs-instance", ["Tags.member.1.Key"] = "team", ["Tags.member.1.Value"] = "platform",
            });
            Assert.Equal("arn:aws:iam::000000000000:instance-profile/prod-ecs-instance", Values(reply, "Arn").Single());
        },
        ["iam:GetInstanceProfile"] = async (s, _) =>
        {
            await InstanceProfileWithRoleAsync(s);
            var reply = await s.QueryAsync("iam", "GetInstanceProfile", new Dictionary<string, string> { ["InstanceProfileName"] = "prod-ecs-instance" });
            Assert.Equal(["prod-ecs-instance"], Values(reply, "RoleName"));
        },
        ["iam:DeleteInstanceProfile"] = async (s, _) =>
        {
            await s.QueryAsync("iam", "CreateInstanceProfile", new Dictionary<string, string> { ["InstanceProfileName"] = "spare" });
            await s.QueryAsync("iam", "DeleteInstanceProfile", new Dictionary<string, string> { ["InstanceProfileName"] = "spare" });
        },
        ["iam:AddRoleToInstanceProfile"] = async (s, _) => await InstanceProfileWithRoleAsync(s),
        ["iam:RemoveRoleFromInstanceProfile"] = async (s, _) =>
        {
            await InstanceProfileWithRoleAsync(s);
            await s.QueryAsync("iam", "RemoveRoleFromInstanceProfile", new Dictionary<string, string> { ["InstanceProfileName"] = "prod-ecs-instance", ["RoleName"] = "prod-ecs-instance" });
            var reply = await s.QueryAsync("iam", "GetInstanceProfile", new Dictionary<string, string> { ["InstanceProfileName"] = "prod-ecs-instance" });
            Assert.Empty(Values(reply, "RoleName"));
        },
        ["iam:CreateServiceLinkedRole"] = async (s, _) =>
        {
            var reply = await s.QueryAsync("iam", "CreateServiceLinkedRole", new Dictionary<string, string> { ["AWSServiceName"] = "ecs.application-autoscaling.amazonaws.com" });
            Assert.Equal("AWSServiceRoleForApplicationAutoScaling_ECSService", Values(reply, "RoleName").Single());
            Assert.Equal("/aws-service-role/ecs.application-autoscaling.amazonaws.com/", Values(reply, "Path").Single());
        },
        ["iam:DeleteServiceLinkedRole"] = async (s, _) =>
        {
            var reply = await s.QueryAsync("iam", "DeleteServiceLinkedRole", new Dictionary<string, string> { ["RoleName"] = "AWSServiceRoleForECS" });
            Assert.StartsWith("task/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS/", Values(reply, "DeletionTaskId").Single(), StringComparison.Ordinal);
        },
    };

    private static Task<XDocument> CreateRoleAsync(SandboxConformanceSession s, string name, string trust = TaskTrust) =>
        s.QueryAsync("iam", "CreateRole", new Dictionary<string, string>
        {
            ["RoleName"] = name,
            ["AssumeRolePolicyDocument"] = trust,
            ["Description"] = $"{name} (conformance)",
            ["MaxSessionDuration"] = "3600",
            ["Tags.member.1.Key"] = "team",
            ["Tags.member.1.Value"] = "platform",
            ["Tags.member.2.Key"] = "service",
            ["Tags.member.2.Value"] = name.Split('-')[0],
        });

    private static async Task InstanceProfileWithRoleAsync(SandboxConformanceSession s)
    {
        await CreateRoleAsync(s, "prod-ecs-instance", Ec2Trust);
        await s.QueryAsync("iam", "AttachRolePolicy", new Dictionary<string, string> { ["RoleName"] = "prod-ecs-instance", ["PolicyArn"] = InstancePolicy });
        await s.QueryAsync("iam", "CreateInstanceProfile", new Dictionary<string, string> { ["InstanceProfileName"] = "prod-ecs-instance" });
        await s.QueryAsync("iam", "AddRoleToInstanceProfile", new Dictionary<string, string> { ["InstanceProfileName"] = "prod-ecs-instance", ["RoleName"] = "prod-ecs-instance" });
    }

    private static List<string> Values(XDocument reply, string element) =>
        reply.Descendants().Where(e => e.Name.LocalName == element && !e.HasElements).Select(e => e.Value).ToList();
}
