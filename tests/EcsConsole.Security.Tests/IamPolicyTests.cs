using System.Reflection;
using System.Text.Json.Nodes;
using EcsConsole.Aws;
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
        var listed = AwsOperationCatalog.All.Select(o => (o.Client, o.Method)).ToHashSet();

        var missing = ClientMethods.Where(m => !listed.Contains(m)).Select(m => $"{m.Client}.{m.Method}").ToList();

        Assert.True(missing.Count == 0, $"Add these to AwsOperationCatalog with their IAM action and access: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Catalog_EveryEntry_IsAnExistingClientMethod()
    {
        var stale = AwsOperationCatalog.All.Where(o => !ClientMethods.Contains((o.Client, o.Method))).Select(o => $"{o.Client}.{o.Method}").ToList();

        Assert.True(stale.Count == 0, $"These catalog entries name no client method: {string.Join(", ", stale)}");
    }

    [Fact]
    public void Catalog_Actions_AreServicePrefixedAndNamedAfterTheMethod()
    {
        Assert.All(AwsOperationCatalog.All, o =>
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
            new("IEcsClient", "RegisterTaskDefinitionAsync", "ecs:RegisterTaskDefinition", AwsOperationAccess.Write, PassesRole: true),
        ];

        var readOnly = IamPolicyGenerator.ReadOnly(operations);
        var full = IamPolicyGenerator.Full(operations);

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
}
