using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Accounts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Accounts;

/// <summary>One engine per account: the default account's demo fleet, and the second account's platform fleet and access role.</summary>
public sealed class SandboxAccountsTests
{
    private readonly FakeTimeProvider _time = new(SandboxTestContext.Start);

    [Fact]
    public void Create_Defaults_ServesTheDefaultAndThePlatformAccount()
    {
        using var accounts = SandboxAccounts.Create(SandboxTestContext.Options(), _time, _time);

        Assert.Equal(["000000000000", "222222222222"], accounts.All.Select(a => a.AccountId));
        Assert.Same(accounts.Default, accounts.All[0]);
        Assert.Equal("222222222222", accounts.Find("222222222222")!.Engine.Arns.AccountId);
        Assert.Null(accounts.Find("333333333333"));
    }

    [Fact]
    public void Create_PlatformAccount_RunsGatewayAndAuthOnFargateFromItsOwnRegistry()
    {
        using var accounts = SandboxAccounts.Create(SandboxTestContext.Options(), _time, _time);
        var platform = accounts.Find(SandboxOptions.PlatformAccountId)!.Engine;
        _time.Advance(TimeSpan.FromMinutes(2));

        var (clusters, services, running, repositories, images) = platform.Read(s => (
            s.Clusters.Select(c => c.Name).ToList(),
            s.Clusters.SelectMany(c => c.Services).Select(v => (v.Name, v.DesiredCount)).ToList(),
            s.Clusters.SelectMany(c => c.Tasks).Count(t => t.LastStatus == "RUNNING"),
            s.Repositories.Select(r => (r.Name, r.RegistryId)).ToList(),
            s.TaskDefinitions.SelectMany(t => t.Containers).Select(c => c.Image).Distinct().ToList()));

        Assert.Equal(["platform"], clusters);
        Assert.Equal([("gateway", 2), ("auth", 2)], services);
        Assert.Equal(4, running);
        Assert.Equal([("gateway", "222222222222"), ("auth", "222222222222")], repositories);
        Assert.All(images, image => Assert.StartsWith("222222222222.dkr.ecr.eu-west-1.amazonaws.com/", image, StringComparison.Ordinal));
        Assert.Equal("arn:aws:ecs:eu-west-1:222222222222:cluster/platform", platform.Read(s => s.FindCluster("platform")!.Arn));
    }

    [Fact]
    public void Create_Defaults_AccountsShareNothing()
    {
        using var accounts = SandboxAccounts.Create(SandboxTestContext.Options(), _time, _time);
        var platform = accounts.Find(SandboxOptions.PlatformAccountId)!;

        var defaultClusters = accounts.Default.Engine.Read(s => s.Clusters.Select(c => c.Name).ToList());
        var defaultRepositories = accounts.Default.Engine.Read(s => s.Repositories.Select(r => r.Name).ToList());
        var defaultSubnets = accounts.Default.Engine.Read(s => s.Ec2.Subnets.Select(n => n.Id).ToList());
        var platformSubnets = platform.Engine.Read(s => s.Ec2.Subnets.Select(n => n.Id).ToList());

        Assert.Equal(["prod", "staging"], defaultClusters);
        Assert.DoesNotContain("gateway", defaultRepositories);
        Assert.Empty(defaultSubnets.Intersect(platformSubnets));
        Assert.Contains(accounts.Default.Iam.ListRoles("/"), r => r.Name == "ecsTaskExecutionRole");
        Assert.DoesNotContain(accounts.Default.Iam.ListRoles("/"), r => r.Name == "EcsConsoleAccess");
        Assert.Equal("arn:aws:iam::222222222222:role/ecsTaskExecutionRole", platform.Iam.GetRole("ecsTaskExecutionRole").Arn);
    }

    [Fact]
    public void Create_PlatformAccount_RoleTrustsTheDefaultAccountWithoutExternalId()
    {
        using var accounts = SandboxAccounts.Create(SandboxTestContext.Options(), _time, _time);

        var role = accounts.Find("222222222222")!.Iam.GetRole("EcsConsoleAccess");

        Assert.Equal("arn:aws:iam::222222222222:role/EcsConsoleAccess", role.Arn);
        Assert.Equal(role.Arn, SandboxTestContext.Options().Accounts["222222222222"].RoleArn("222222222222"));
        var statement = JsonNode.Parse(role.AssumeRolePolicyDocument)!["Statement"]![0]!;
        Assert.Equal("arn:aws:iam::000000000000:root", statement["Principal"]!["AWS"]!.GetValue<string>());
        Assert.Null(statement["Condition"]);
        Assert.Contains("arn:aws:iam::aws:policy/AmazonECS_FullAccess", accounts.Find("222222222222")!.Iam.AttachedPolicies("EcsConsoleAccess"));
    }

    [Fact]
    public void Create_ExternalIdConfigured_TrustPolicyRequiresIt()
    {
        var options = SandboxTestContext.Options();
        options.Accounts[SandboxOptions.PlatformAccountId].ExternalId = "console-7";

        using var accounts = SandboxAccounts.Create(options, _time, _time);

        var trust = accounts.Find("222222222222")!.Iam.GetRole("EcsConsoleAccess").AssumeRolePolicyDocument;
        Assert.True(TrustPolicy.Allows(trust, "000000000000", [], "console-7"));
        Assert.False(TrustPolicy.Allows(trust, "000000000000", [], null));
    }

    [Fact]
    public void Configuration_DisablesTheDefaultSecondAccountAndAddsAnother()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sandbox:Accounts:222222222222:Enabled"] = "false",
            ["Sandbox:Accounts:333333333333:Fleet"] = "none",
            ["Sandbox:Accounts:333333333333:RoleName"] = "Deployer",
            ["Sandbox:Accounts:333333333333:ExternalId"] = "ext-333",
        }).Build();
        var options = SandboxTestContext.Options();
        configuration.GetSection("Sandbox").Bind(options);

        using var accounts = SandboxAccounts.Create(options, _time, _time);

        Assert.Equal(["000000000000", "333333333333"], accounts.All.Select(a => a.AccountId));
        var other = accounts.Find("333333333333")!;
        Assert.Empty(other.Engine.Read(s => s.Clusters));
        Assert.Equal("arn:aws:iam::333333333333:role/Deployer", other.Iam.GetRole("Deployer").Arn);
    }

    [Theory]
    [InlineData("22222222222", "Fleet", "platform", "Sandbox:Accounts:22222222222: an account id is 12 digits")]
    [InlineData("000000000000", "Fleet", "platform", "is the sandbox's default account")]
    [InlineData("222222222222", "Fleet", "demo", "Sandbox:Accounts:222222222222:Fleet is 'demo'; use 'platform' or 'none'")]
    [InlineData("222222222222", "TrustedAccountId", "abc", "TrustedAccountId 'abc' is not a 12-digit account id")]
    [InlineData("222222222222", "ExternalId", "x", "ExternalId must be 2 to 1224")]
    public void Create_BadAccount_SaysWhatToFix(string id, string property, string value, string expected)
    {
        var options = SandboxTestContext.Options();
        options.Accounts.Clear();
        var account = new SandboxAccountOptions();
        typeof(SandboxAccountOptions).GetProperty(property)!.SetValue(account, value);
        options.Accounts[id] = account;

        var error = Assert.Throws<ArgumentException>(() => SandboxAccounts.Create(options, _time, _time));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
