using System.Net;
using System.Text.Json.Serialization;
using EcsConsole.Aws.Query;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Clients;

public sealed class AwsQueryClientTests
{
    private static readonly QueryShape Input = QueryShape.Structure(
        new QueryMember("TargetGroupArn", QueryShape.String),
        new QueryMember("Targets", QueryShape.ListOf(QueryShape.Structure(
            new QueryMember("Id", QueryShape.String), new QueryMember("Port", QueryShape.Integer)))));

    private static readonly QueryShape Output = QueryShape.Structure(
        new QueryMember("TargetHealthDescriptions", QueryShape.ListOf(QueryShape.Structure(
            new QueryMember("Target", QueryShape.Structure(new QueryMember("Id", QueryShape.String), new QueryMember("Port", QueryShape.Integer))),
            new QueryMember("TargetHealth", QueryShape.Structure(new QueryMember("State", QueryShape.String)))))));

    [Fact]
    public async Task InvokeAsync_TypedRecords_SerializesQueryAndReadsXmlResultAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.OK, """
            <DescribeTargetHealthResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/">
              <DescribeTargetHealthResult>
                <TargetHealthDescriptions>
                  <member><Target><Id>10.0.1.5</Id><Port>8080</Port></Target><TargetHealth><State>healthy</State></TargetHealth></member>
                  <member><Target><Id>10.0.2.7</Id><Port>8080</Port></Target><TargetHealth><State>draining</State></TargetHealth></member>
                </TargetHealthDescriptions>
              </DescribeTargetHealthResult>
              <ResponseMetadata><RequestId>elb-1</RequestId></ResponseMetadata>
            </DescribeTargetHealthResponse>
            """);

        var result = await new AwsQueryClient(aws.Pipeline).InvokeAsync<HealthRequest, HealthResponse>(
            AwsServices.ElasticLoadBalancingV2, "DescribeTargetHealth", Input,
            new HealthRequest { TargetGroupArn = "arn:tg", Targets = [new Target { Id = "10.0.1.5", Port = 8080 }] }, Output);

        Assert.Equal(["healthy", "draining"], result.TargetHealthDescriptions!.Select(d => d.TargetHealth!.State));
        Assert.Equal(8080, result.TargetHealthDescriptions![1].Target!.Port);
        var request = aws.Handler.Requests.Single();
        Assert.Equal("Action=DescribeTargetHealth&Version=2015-12-01&TargetGroupArn=arn%3Atg&Targets.member.1.Id=10.0.1.5&Targets.member.1.Port=8080", request.Body);
        Assert.Equal("application/x-www-form-urlencoded", request.Header("Content-Type"));
        Assert.Equal("https://elasticloadbalancing.eu-west-1.amazonaws.com/", request.Uri.ToString());
        Assert.Contains("/eu-west-1/elasticloadbalancing/aws4_request", request.Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_ErrorResponse_ThrowsWithCodeMessageAndRequestIdAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.BadRequest, """
            <ErrorResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/">
              <Error><Type>Sender</Type><Code>TargetGroupNotFound</Code><Message>One or more target groups not found</Message></Error>
              <RequestId>elb-2</RequestId>
            </ErrorResponse>
            """);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() =>
            new AwsQueryClient(aws.Pipeline).InvokeAsync(AwsServices.ElasticLoadBalancingV2, "DescribeTargetHealth", [new("TargetGroupArn", "arn:none")]));

        Assert.Equal("Elastic Load Balancing v2 DescribeTargetHealth failed: TargetGroupNotFound: One or more target groups not found. (request id elb-2)", error.Message);
        Assert.Single(aws.Handler.Requests);
    }

    [Fact]
    public async Task InvokeAsync_IamThrottled_RetriesAgainstGlobalEndpointAsync()
    {
        using var aws = new TestAws();
        aws.Handler
            .Respond(HttpStatusCode.BadRequest, "<ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>i-1</RequestId></ErrorResponse>")
            .Respond(HttpStatusCode.OK, "<ListRolesResponse><ListRolesResult><Roles/></ListRolesResult></ListRolesResponse>");

        var result = await aws.RunAsync(() => new AwsQueryClient(aws.Pipeline).InvokeAsync(AwsServices.Iam, "ListRoles", []));

        Assert.Equal("ListRolesResult", result.Name.LocalName);
        Assert.Equal(2, aws.Handler.Requests.Count);
        Assert.Equal("https://iam.amazonaws.com/", aws.Handler.Requests[0].Uri.ToString());
        Assert.Contains("/us-east-1/iam/aws4_request", aws.Handler.Requests[1].Header("Authorization"), StringComparison.Ordinal);
    }

    public sealed record HealthRequest
    {
        [JsonPropertyName("TargetGroupArn")] public string? TargetGroupArn { get; init; }
        [JsonPropertyName("Targets")] public IReadOnlyList<Target>? Targets { get; init; }
    }

    public sealed record Target
    {
        [JsonPropertyName("Id")] public string? Id { get; init; }
        [JsonPropertyName("Port")] public int? Port { get; init; }
    }

    public sealed record HealthResponse
    {
        [JsonPropertyName("TargetHealthDescriptions")] public IReadOnlyList<HealthDescription>? TargetHealthDescriptions { get; init; }
    }

    public sealed record HealthDescription
    {
        [JsonPropertyName("Target")] public Target? Target { get; init; }
        [JsonPropertyName("TargetHealth")] public TargetHealth? TargetHealth { get; init; }
    }

    public sealed record TargetHealth
    {
        [JsonPropertyName("State")] public string? State { get; init; }
    }
}
