using System.Net;
using System.Text;
using EcsConsole.Aws.ElasticLoadBalancing;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Query;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Reading;

public sealed class TolerantQueryReadingTests
{
    private const string Ns = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";

    [Fact]
    public async Task DescribeTargetGroupsAsync_ScalarsInOtherSpellings_ReadsTheSameValuesAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.OK, Response("""
            <TargetGroups><member><TargetGroupName>users</TargetGroupName><Port> 8080.0 </Port><HealthCheckEnabled>True</HealthCheckEnabled>
              <TargetType>quantum</TargetType><FutureElement><x>1</x></FutureElement></member></TargetGroups>
            """));

        var group = Assert.Single(await Client(aws).DescribeTargetGroupsAsync(new DescribeTargetGroupsRequest()).ToListAsync());

        Assert.Equal(8080, group.Port);
        Assert.True(group.HealthCheckEnabled);
        Assert.Equal("quantum", group.TargetType);
    }

    [Fact]
    public async Task DescribeTargetGroupsAsync_OneGroupWithAnUnreadablePort_LeavesOutThatGroupAndReportsItAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.OK, Response("""
            <TargetGroups>
              <member><TargetGroupName>users</TargetGroupName><Port>80</Port></member>
              <member><TargetGroupName>news</TargetGroupName><Port>eighty</Port></member>
              <member><TargetGroupName>blog</TargetGroupName><HealthCheckEnabled>maybe</HealthCheckEnabled></member>
              <member><TargetGroupName>market</TargetGroupName></member>
            </TargetGroups>
            """));
        using var capture = AwsReadIssues.Capture();

        var groups = await Client(aws).DescribeTargetGroupsAsync(new DescribeTargetGroupsRequest()).ToListAsync();

        Assert.Equal(["users", "market"], groups.Select(g => g.TargetGroupName));
        Assert.Equal(["TargetGroups[1].Port", "TargetGroups[2].HealthCheckEnabled"], capture.Issues.Select(i => i.Path));
        Assert.All(capture.Issues, i => Assert.Equal("DescribeTargetGroups", i.Operation));
    }

    [Fact]
    public void ParseError_HtmlPage_DescribesStatusAndTitleOnly()
    {
        var response = new AwsWireResponse(HttpStatusCode.InternalServerError, new Dictionary<string, string>(),
            Encoding.UTF8.GetBytes("<html><head><title>Internal Server Error</title></head><body><pre>stack trace</pre></body></html>"));

        var error = AwsQueryProtocol.ParseError(AwsServices.ElasticLoadBalancingV2, "DescribeTargetGroups", response);

        Assert.Equal("Http500", error.ErrorCode);
        Assert.Equal("HTTP 500 (Internal Server Error) with an HTML page titled 'Internal Server Error'", error.AwsMessage);
        Assert.False(error.BodyWasAwsError);
        Assert.Equal(AwsErrorKind.Unsupported, error.Kind);
    }

    [Fact]
    public void ParseError_AwsErrorDocument_KeepsCodeMessageAndRequestId()
    {
        var response = new AwsWireResponse(HttpStatusCode.BadRequest, new Dictionary<string, string>(), Encoding.UTF8.GetBytes($"""
            <ErrorResponse xmlns="{Ns}"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>e-1</RequestId></ErrorResponse>
            """));

        var error = AwsQueryProtocol.ParseError(AwsServices.ElasticLoadBalancingV2, "DescribeTargetGroups", response);

        Assert.True(error.BodyWasAwsError);
        Assert.Equal(AwsErrorKind.Throttling, error.Kind);
        Assert.Equal("e-1", error.RequestId);
        Assert.Equal("Rate exceeded", error.AwsMessage);
    }

    private static string Response(string result) =>
        $"""<DescribeTargetGroupsResponse xmlns="{Ns}"><DescribeTargetGroupsResult>{result}</DescribeTargetGroupsResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></DescribeTargetGroupsResponse>""";

    private static Elbv2Client Client(TestAws aws) => new(new AwsQueryClient(aws.Pipeline));
}
