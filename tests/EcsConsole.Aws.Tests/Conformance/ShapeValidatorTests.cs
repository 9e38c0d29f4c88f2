using System.Text.Json.Nodes;
using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Conformance;

// The validator is the yardstick of every conformance test, so these prove it can fail.
public sealed class ShapeValidatorTests
{
    private static readonly Lazy<ServiceModel> Ecs = new(() => ServiceModel.Load("ecs"));

    [RequiresAwsModelsFact]
    public void ValidateJsonInput_ValidCreateService_NoViolations()
    {
        var body = JsonNode.Parse("""
            {"cluster":"prod","serviceName":"users","desiredCount":2,"launchType":"EC2",
             "deploymentConfiguration":{"maximumPercent":200,"minimumHealthyPercent":100,"strategy":"ROLLING",
               "deploymentCircuitBreaker":{"enable":true,"rollback":true}},
             "tags":[{"key":"team","value":"web"}],"enableExecuteCommand":false}
            """);

        Assert.Empty(Ecs.Value.ValidateJsonInput("CreateService", body));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonInput_UnknownMember_ReportsIt()
    {
        var errors = Ecs.Value.ValidateJsonInput("CreateService", JsonNode.Parse("""{"serviceName":"users","replicas":2}"""));

        Assert.Contains(errors, e => e.StartsWith("$.replicas:", StringComparison.Ordinal) && e.Contains("not a member of CreateServiceRequest", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonInput_WrongCase_ReportsModelSpelling()
    {
        var errors = Ecs.Value.ValidateJsonInput("CreateService", JsonNode.Parse("""{"serviceName":"users","Cluster":"prod"}"""));

        Assert.Contains(errors, e => e.StartsWith("$.Cluster:", StringComparison.Ordinal) && e.Contains("'cluster'", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonInput_StringForInteger_ReportsWrongType()
    {
        var errors = Ecs.Value.ValidateJsonInput("CreateService", JsonNode.Parse("""{"serviceName":"users","desiredCount":"2"}"""));

        Assert.Contains(errors, e => e.StartsWith("$.desiredCount: expected an integral number", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonInput_FractionForInteger_ReportsWrongType()
    {
        var errors = Ecs.Value.ValidateJsonInput("CreateService", JsonNode.Parse("""{"serviceName":"users","desiredCount":1.5}"""));

        Assert.Contains(errors, e => e.StartsWith("$.desiredCount:", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonInput_IntegerOverflow_ReportsRange()
    {
        var errors = Ecs.Value.ValidateJsonInput("CreateService", JsonNode.Parse("""{"serviceName":"users","desiredCount":3000000000}"""));

        Assert.Contains(errors, e => e.Contains("does not fit a integer", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonInput_ObjectForList_ReportsWrongType()
    {
        var errors = Ecs.Value.ValidateJsonInput("CreateService", JsonNode.Parse("""{"serviceName":"users","tags":{"key":"a"}}"""));

        Assert.Contains(errors, e => e.StartsWith("$.tags: expected an array", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonInput_NumberForBoolean_ReportsWrongType()
    {
        var errors = Ecs.Value.ValidateJsonInput("CreateService", JsonNode.Parse("""{"serviceName":"users","enableExecuteCommand":1}"""));

        Assert.Contains(errors, e => e.StartsWith("$.enableExecuteCommand: expected a boolean", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonInput_BadEnum_ReportsValueAndChoices()
    {
        var errors = Ecs.Value.ValidateJsonInput("CreateService", JsonNode.Parse("""{"serviceName":"users","launchType":"fargate"}"""));

        Assert.Contains(errors, e => e.StartsWith("$.launchType: 'fargate' not in enum [EC2, FARGATE", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonInput_MissingRequired_ReportsMember()
    {
        var errors = Ecs.Value.ValidateJsonInput("CreateService", JsonNode.Parse("""{"cluster":"prod"}"""));

        Assert.Contains("$.serviceName: required member of CreateServiceRequest is missing", errors);
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonInput_NullMember_ReportsIt()
    {
        var errors = Ecs.Value.ValidateJsonInput("CreateService", JsonNode.Parse("""{"serviceName":"users","cluster":null}"""));

        Assert.Contains(errors, e => e.StartsWith("$.cluster: null", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonInput_TagKeyTooLong_ReportsLength()
    {
        var key = new string('k', 129);
        var errors = Ecs.Value.ValidateJsonInput("TagResource", JsonNode.Parse($$"""{"resourceArn":"arn:aws:ecs:eu-west-1:1:cluster/prod","tags":[{"key":"{{key}}","value":"v"}]}"""));

        Assert.Contains(errors, e => e.StartsWith("$.tags[0].key: length 129 is above the maximum 128", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonInput_NoInputShapeButBody_ReportsIt()
    {
        var model = ServiceModel.Parse(JsonNode.Parse("""
            {"metadata":{"protocol":"json","apiVersion":"1"},"shapes":{},
             "operations":{"Ping":{"name":"Ping"}}}
            """)!);

        Assert.NotEmpty(model.ValidateJsonInput("Ping", JsonNode.Parse("""{"x":1}""")));
        Assert.Empty(model.ValidateJsonInput("Ping", JsonNode.Parse("{}")));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonOutput_NestedBadEnum_ReportsFullPath()
    {
        var body = JsonNode.Parse("""
            {"services":[{"serviceName":"users","desiredCount":2,"deploymentConfiguration":{"strategy":"FOO"},
              "createdAt":1764236400.5,"deployments":[{"id":"ecs-svc/1","rolloutState":"IN_PROGRESS"}]}],"failures":[]}
            """);

        var errors = Ecs.Value.ValidateJsonOutput("DescribeServices", body);

        Assert.Equal(["$.services[0].deploymentConfiguration.strategy: 'FOO' not in enum [ROLLING, BLUE_GREEN, LINEAR, CANARY]"], errors);
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonOutput_IsoStringTimestamp_ReportsEpochExpected()
    {
        var errors = Ecs.Value.ValidateJsonOutput("DescribeServices", JsonNode.Parse("""{"services":[{"createdAt":"2026-11-27T10:00:00Z"}]}"""));

        Assert.Contains(errors, e => e.StartsWith("$.services[0].createdAt: expected a unixTimestamp timestamp", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonOutput_ArrayForStructure_ReportsWrongType()
    {
        var errors = Ecs.Value.ValidateJsonOutput("DescribeServices", JsonNode.Parse("""{"services":[[]]}"""));

        Assert.Contains(errors, e => e.StartsWith("$.services[0]: expected an object for Service", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonError_OperationError_NoViolations()
    {
        var body = JsonNode.Parse("""{"__type":"ClusterNotFoundException","message":"Cluster not found."}""");

        Assert.Empty(Ecs.Value.ValidateJsonError("DescribeServices", body));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonError_NamespacedCommonError_NoViolations()
    {
        var body = JsonNode.Parse("""{"__type":"com.amazon.coral.availability#ThrottlingException","message":"Rate exceeded"}""");

        Assert.Empty(Ecs.Value.ValidateJsonError("DescribeServices", body));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonError_ErrorOfAnotherOperation_ReportsIt()
    {
        var body = JsonNode.Parse("""{"__type":"ServiceNotFoundException","message":"x"}""");

        var errors = Ecs.Value.ValidateJsonError("ListClusters", body);

        Assert.Contains(errors, e => e.StartsWith("$.__type: 'ServiceNotFoundException' is neither", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateJsonError_MissingType_ReportsIt()
    {
        Assert.Equal(["$.__type: missing or not a string"], Ecs.Value.ValidateJsonError("ListClusters", JsonNode.Parse("""{"message":"x"}""")));
    }

    [Fact]
    public void ErrorCodeFromType_PrefixAndSuffix_StripsBoth()
    {
        Assert.Equal("ClientException", ServiceModel.ErrorCodeFromType("aws.ecs#ClientException:http://internal"));
    }
}
