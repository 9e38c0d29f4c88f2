using System.Reflection;
using System.Text.Json.Nodes;
using EcsConsole.Aws;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Core.Security.Iam;

namespace EcsConsole.Security.Tests;

public sealed class IamPolicyTests
{
    // Every method of every public I*Client interface of EcsConsole.Aws: what the console can call.
    private static readonly IReadOnlyList<(string Client, string Method)> ClientMethods =
        typeof(AwsConnection).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t.Name.StartsWith('I') && t.Name.EndsWith("Client", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => (t.Name, m.Name)))
            .Distinct()
            .ToList();

    [Fact]
    public void Catalog_EveryAwsClientMethod_IsListed()
    {
        var listed = AwsOperationCatalog.All.Concat(AwsOperationCatalog.NotCalled).Select(o => (o.Client, o.Method)).ToHashSet();

        var missing = ClientMethods.Where(m => !listed.Contains(m)).Select(m => $"{m.Client}.{m.Method}").ToList();

        Assert.True(missing.Count == 0, $"Add these to AwsOperationCatalog (All if the console calls them, NotCalled otherwise) with their IAM action and access: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Catalog_EveryEntry_IsAnExistingClientMethod()
    {
        var stale = AwsOperationCatalog.All.Concat(AwsOperationCatalog.NotCalled).Where(o => !ClientMethods.Contains((o.Client, o.Method))).Select(o => $"{o.Client}.{o.Method}").ToList();

        Assert.True(stale.Count == 0, $"These catalog entries name no client method: {string.Join(", ", stale)}");
    }

    [Fact]
    public void Catalog_Actions_AreServicePrefixedAndNamedAfterTheMethod()
    {
        Assert.All(AwsOperationCatalog.All.Concat(AwsOperationCatalog.NotCalled), o =>
        {
            var parts = o.Action.Split(':');
            Assert.Equal(2, parts.Length);
            Assert.Matches("^[a-z0-9-]+$", parts[0]);
            Assert.Equal(o.Method[..^"Async".Length], parts[1]);
        });
    }

    [Fact]
    public void ReadOnly_Catalog_AllowsExactlyTheReadActions()
    {
        var policy = IamPolicyGenerator.ReadOnly();

        var statement = Assert.Single(policy["Statement"]!.AsArray());
        var actions = statement!["Action"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.Equal(AwsOperationCatalog.All.Where(o => o.Access == AwsOperationAccess.Read).Select(o => o.Action).Order(StringComparer.Ordinal), actions);
        Assert.DoesNotContain("sts:GetCallerIdentity", actions);
        Assert.Equal("2012-10-17", policy["Version"]!.GetValue<string>());
    }

    [Fact]
    public void Full_WriteThatPassesRole_AddsWriteAndScopedPassRoleStatements()
    {
        AwsOperation[] operations =
        [
            new("IEcsClient", "DescribeServicesAsync", "ecs:DescribeServices", AwsOperationAccess.Read),
            new("IEcsClient", "UpdateServiceAsync", "ecs:UpdateService", AwsOperationAccess.Write),
            new("IEcsClient", "RegisterTaskDefinitionAsync", "ecs:RegisterTaskDefinition", AwsOperationAccess.Write, PassesRoleTo: "ecs-tasks.amazonaws.com"),
        ];

        var readOnly = IamPolicyGenerator.ReadOnly(operations);
        var full = IamPolicyGenerator.Full(operations, implied: []);

        Assert.DoesNotContain("UpdateService", readOnly.ToJsonString());
        var statements = full["Statement"]!.AsArray().Select(s => s!.AsObject()).ToList();
        Assert.Equal(["EcsConsoleRead", "EcsConsoleWrite", "EcsConsolePassRoleToEcsTasks"], statements.Select(s => s["Sid"]!.GetValue<string>()));
        Assert.Equal(["ecs:RegisterTaskDefinition", "ecs:UpdateService"], statements[1]["Action"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("ecs-tasks.amazonaws.com", statements[2]["Condition"]!["StringEquals"]!["iam:PassedToService"]!.GetValue<string>());
    }

    [Fact]
    public void ToJson_Policy_IsValidJson()
    {
        var text = IamPolicyGenerator.ToJson(IamPolicyGenerator.Full());

        Assert.NotNull(JsonNode.Parse(text));
    }

    [Fact]
    public void Full_Catalog_PassesRolesOnlyToEachServiceThatTakesOne()
    {
        var passRoles = Statements(IamPolicyGenerator.Full()).Where(s => Actions(s).Contains("iam:PassRole")).ToList();

        Assert.All(passRoles, s => Assert.Equal(["iam:PassRole"], Actions(s)));
        Assert.Equal(["ec2.amazonaws.com", "ecs-tasks.amazonaws.com", "ecs.amazonaws.com"],
            passRoles.Select(s => s["Condition"]!["StringEquals"]!["iam:PassedToService"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(passRoles, s => Assert.Equal("arn:aws:iam::*:role/*", s["Resource"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("cn-north-1", "arn:aws-cn:iam::*:role/*")]
    [InlineData("us-gov-west-1", "arn:aws-us-gov:iam::*:role/*")]
    [InlineData("eu-west-1", "arn:aws:iam::*:role/*")]
    public void Full_ConnectionPartition_NamesRolesInThatPartition(string region, string expected)
    {
        var policy = IamPolicyGenerator.Full(partition: AwsPartition.ForRegion(region));

        var resources = Statements(policy).Select(s => s["Resource"]!.GetValue<string>()).Where(r => r != "*").Distinct().ToList();
        Assert.Equal([expected], resources);
    }

    [Theory]
    [InlineData("elasticloadbalancing:AddTags")]
    [InlineData("ec2:CreateTags")]
    [InlineData("iam:TagInstanceProfile")]
    [InlineData("servicediscovery:TagResource")]
    [InlineData("logs:TagResource")]
    [InlineData("autoscaling:CreateOrUpdateTags")]
    [InlineData("application-autoscaling:TagResource")]
    public void Full_CreatesThatSendTags_GrantTheirTaggingAction(string action)
    {
        var write = Statements(IamPolicyGenerator.Full()).Single(s => s["Sid"]!.GetValue<string>() == "EcsConsoleWrite");

        Assert.Contains(action, Actions(write));
    }

    [Fact]
    public void Full_ImpliedActionWithoutItsCall_IsNotGranted()
    {
        AwsOperation[] operations = [new("IElbv2Client", "DescribeLoadBalancersAsync", "elasticloadbalancing:DescribeLoadBalancers", AwsOperationAccess.Read)];

        var granted = IamPolicyGenerator.GrantedActions(IamPolicyGenerator.Full(operations));

        Assert.Equal(["elasticloadbalancing:DescribeLoadBalancers"], granted);
    }

    [Fact]
    public void Full_Catalog_GrantsExactlyTheCalledImpliedAndPassRoleActions()
    {
        var expected = AwsOperationCatalog.All.Where(o => o.Access != AwsOperationAccess.Unauthenticated).Select(o => o.Action)
            .Concat(AwsOperationCatalog.Implied.Select(i => i.Action))
            .Append("iam:PassRole")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, IamPolicyGenerator.GrantedActions(IamPolicyGenerator.Full()));
    }

    [Fact]
    public void Implied_EveryEntry_IsRequiredByCatalogActionsAndExplained()
    {
        var actions = AwsOperationCatalog.All.Select(o => o.Action).ToHashSet(StringComparer.Ordinal);

        Assert.All(AwsOperationCatalog.Implied, i =>
        {
            Assert.NotEmpty(i.RequiredBy);
            Assert.All(i.RequiredBy, r => Assert.Contains(r, actions));
            Assert.False(string.IsNullOrWhiteSpace(i.Why));
        });
    }

    [Fact]
    public void Full_ConnectionsThatAssumeRoles_GrantAssumeRoleOnExactlyThoseRoles()
    {
        string[] roles = ["arn:aws:iam::222222222222:role/EcsConsoleAccess", "arn:aws-cn:iam::333333333333:role/Ops", "arn:aws:iam::222222222222:role/EcsConsoleAccess"];

        var full = IamPolicyGenerator.Full(assumedRoles: roles);
        var readOnly = IamPolicyGenerator.ReadOnly(assumedRoles: roles);

        foreach (var policy in new[] { full, readOnly })
        {
            var assume = Assert.Single(Statements(policy), s => Actions(s).Contains("sts:AssumeRole"));
            Assert.Equal(["sts:AssumeRole"], Actions(assume));
            Assert.Equal(["arn:aws-cn:iam::333333333333:role/Ops", "arn:aws:iam::222222222222:role/EcsConsoleAccess"],
                assume["Resource"]!.AsArray().Select(r => r!.GetValue<string>()));
        }
    }

    [Fact]
    public void Full_NoConnectionAssumesARole_GrantsNoAssumeRole()
    {
        Assert.DoesNotContain("sts:AssumeRole", IamPolicyGenerator.GrantedActions(IamPolicyGenerator.Full(assumedRoles: [])));
        Assert.DoesNotContain("sts:AssumeRole", IamPolicyGenerator.GrantedActions(IamPolicyGenerator.Full()));
    }

    private static List<JsonObject> Statements(JsonObject policy) => policy["Statement"]!.AsArray().Select(s => s!.AsObject()).ToList();

    private static List<string> Actions(JsonObject statement) => statement["Action"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
}
