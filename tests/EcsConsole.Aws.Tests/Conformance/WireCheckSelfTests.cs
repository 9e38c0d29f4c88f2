using System.Text.Json.Serialization;
using EcsConsole.Aws.Json;
using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Conformance;

// The record checks must be able to fail, or the client conformance tests would prove nothing.
public sealed class WireCheckSelfTests
{
    private static readonly Lazy<ServiceModel> Ecs = new(() => ServiceModel.Load("ecs"));

    [RequiresAwsModelsFact]
    public void Check_MisspeltProperty_ReportsModelSpelling()
    {
        var errors = WireTypeConformance.Check(Ecs.Value, typeof(MisspeltFailure), "Failure", AwsJsonSerializer.Options);

        Assert.Equal(["MisspeltFailure.Arn: 'Arn' is not a member of Failure (wrong case? the model says 'arn')"], errors);
    }

    [RequiresAwsModelsFact]
    public void Check_StringHoldingStructureAndIntHoldingString_ReportsBoth()
    {
        var errors = WireTypeConformance.Check(Ecs.Value, typeof(WrongTypes), "DescribeServicesResponse", AwsJsonSerializer.Options);

        Assert.Contains("WrongTypes.services[]: structure Service cannot be held in String", errors);
        Assert.Contains(errors, e => e.StartsWith("WrongTypes.failures:", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void Check_RealFailureRecord_NoViolations()
    {
        Assert.Empty(WireTypeConformance.Check(Ecs.Value, typeof(Ecs.Failure), "Failure", AwsJsonSerializer.Options));
    }

    [Fact]
    public void FindUnread_NullProperty_ReportsIt()
    {
        var errors = ParsedValueCheck.FindUnread(new MisspeltFailure { Reason = "MISSING" }, AwsJsonSerializer.Options);

        Assert.Equal(["$.Arn: not read from the response"], errors);
    }

    [Fact]
    public void FindUnread_EmptyNestedList_ReportsIt()
    {
        var errors = ParsedValueCheck.FindUnread(new WrongTypes { Services = [], Failures = 1 }, AwsJsonSerializer.Options);

        Assert.Equal(["$.services: the list came back empty"], errors);
    }

    private sealed record MisspeltFailure
    {
        [JsonPropertyName("Arn")] public string? Arn { get; init; }
        [JsonPropertyName("reason")] public string? Reason { get; init; }
    }

    private sealed record WrongTypes
    {
        [JsonPropertyName("services")] public IReadOnlyList<string>? Services { get; init; }
        [JsonPropertyName("failures")] public int? Failures { get; init; }
    }
}
