using System.Text.Json.Nodes;
using EcsConsole.Core.Wizards;

namespace EcsConsole.Core.Tests.Wizards;

public sealed class PlanReferencesTests
{
    private static readonly IReadOnlySet<string> Keys = new HashSet<string> { "LoadBalancer", "Cluster" };

    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> Known = new()
    {
        ["LoadBalancer"] = new Dictionary<string, string> { ["Arn"] = "arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/a/1" },
        ["Cluster"] = new Dictionary<string, string> { ["Name"] = "say \"hi\"" },
    };

    [Fact]
    public void Resolve_WholeAndEmbeddedPlaceholders_FillsBothAndEscapesForJson()
    {
        var json = """{"LoadBalancerArn":"${LoadBalancer.Arn}","ResourceId":"service/${Cluster.Name}/users"}""";

        var resolved = JsonNode.Parse(PlanReferences.Resolve(json, Keys, Known))!;

        Assert.Equal("arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/a/1", resolved["LoadBalancerArn"]!.GetValue<string>());
        Assert.Equal("service/say \"hi\"/users", resolved["ResourceId"]!.GetValue<string>());
    }

    [Fact]
    public void Resolve_PlaceholderWithAMarker_TakesTheValueFromTheMarkerOn()
    {
        var resolved = PlanReferences.Resolve("""{"ResourceLabel":"${LoadBalancer.Arn@app/}/x"}""", Keys, Known);

        Assert.Equal("app/a/1/x", JsonNode.Parse(resolved)!["ResourceLabel"]!.GetValue<string>());
    }

    [Fact]
    public void Resolve_PlaceholderOfAKeyNotInThePlan_StaysAsWritten()
    {
        var json = """{"environment":"${HOME.dir}"}""";

        Assert.Equal(json, PlanReferences.Resolve(json, Keys, Known));
    }

    [Fact]
    public void Resolve_OutputNotKnownYet_ThrowsNamingIt()
    {
        var error = Assert.Throws<UnresolvedReferenceException>(() => PlanReferences.Resolve("""{"a":"${LoadBalancer.DnsName}"}""", Keys, Known));

        Assert.Equal("LoadBalancer", error.Key);
        Assert.Equal("DnsName", error.Output);
    }

    [Fact]
    public void Validate_ReferenceToALaterCall_Throws()
    {
        var plan = new WizardPlan("demo", "demo", [
            Call("CreateListener", """{"LoadBalancerArn":"${LoadBalancer.Arn}"}"""),
            Call("CreateLoadBalancer", "{}", "LoadBalancer"),
        ]);

        var error = Assert.Throws<InvalidOperationException>(() => PlanReferences.Validate(plan));

        Assert.Contains("not created before it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UndeclaredOutputOrDuplicateKey_Throws()
    {
        var undeclared = new WizardPlan("demo", "demo", [Call("CreateLoadBalancer", "{}", "LoadBalancer"), Call("CreateListener", """{"a":"${LoadBalancer.Dns}"}""")]);
        var twice = new WizardPlan("demo", "demo", [Call("CreateLoadBalancer", "{}", "LoadBalancer"), Call("CreateLoadBalancer", "{}", "LoadBalancer")]);

        Assert.Contains("declares no output Dns", Assert.Throws<InvalidOperationException>(() => PlanReferences.Validate(undeclared)).Message, StringComparison.Ordinal);
        Assert.Contains("used twice", Assert.Throws<InvalidOperationException>(() => PlanReferences.Validate(twice)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UndoReferringToItsOwnOutput_IsAllowed()
    {
        var plan = new WizardPlan("demo", "demo", [Call("CreateLoadBalancer", "{}", "LoadBalancer") with
        {
            Undo = new UndoCall("DeleteLoadBalancer", """{"LoadBalancerArn":"${LoadBalancer.Arn}"}"""),
        }]);

        PlanReferences.Validate(plan);
    }

    [Theory]
    [InlineData("LoadBalancers[0].LoadBalancerArn", "arn:1")]
    [InlineData("LoadBalancers[1].Port", "443")]
    [InlineData("LoadBalancers[2].LoadBalancerArn", null)]
    [InlineData("Missing.Thing", null)]
    [InlineData("LoadBalancers", null)]
    public void Select_Path_ReadsScalarsOnly(string path, string? expected)
    {
        var response = JsonNode.Parse("""{"LoadBalancers":[{"LoadBalancerArn":"arn:1"},{"Port":443}]}""");

        Assert.Equal(expected, PlanReferences.Select(response, path));
    }

    internal static PlannedCall Call(string operation, string body, string? key = null) =>
        new("demo", operation, body, $"{operation} thing", null, "none")
        {
            Key = key,
            Outputs = key is null ? null : new Dictionary<string, string> { ["Arn"] = "Thing.Arn" },
        };
}
