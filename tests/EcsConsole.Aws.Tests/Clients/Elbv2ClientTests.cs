using System.Net;
using EcsConsole.Aws.ElasticLoadBalancing;
using EcsConsole.Aws.Query;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Clients;

public sealed class Elbv2ClientTests
{
    private const string Ns = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";

    [Fact]
    public async Task DescribeLoadBalancersAsync_NextMarker_SendsItAsMarkerUntilNoneComesBackAsync()
    {
        using var aws = new TestAws();
        aws.Handler
            .Respond(HttpStatusCode.OK, Response("DescribeLoadBalancers", """
                <LoadBalancers>
                  <member><LoadBalancerName>prod-public</LoadBalancerName><Type>application</Type>
                    <State><Code>active</Code></State>
                    <CreatedTime>2026-11-01T08:30:00.250Z</CreatedTime>
                    <AvailabilityZones>
                      <member><ZoneName>eu-west-1a</ZoneName><SubnetId>subnet-a</SubnetId></member>
                      <member><ZoneName>eu-west-1b</ZoneName><SubnetId>subnet-b</SubnetId>
                        <LoadBalancerAddresses><member><IpAddress>10.0.2.9</IpAddress></member></LoadBalancerAddresses>
                      </member>
                    </AvailabilityZones>
                    <SecurityGroups><member>sg-1</member><member>sg-2</member></SecurityGroups>
                  </member>
                </LoadBalancers>
                <NextMarker>page-2</NextMarker>
                """))
            .Respond(HttpStatusCode.OK, Response("DescribeLoadBalancers", """
                <LoadBalancers><member><LoadBalancerName>staging-internal</LoadBalancerName></member></LoadBalancers>
                """));

        var balancers = await Client(aws).DescribeLoadBalancersAsync(new DescribeLoadBalancersRequest { PageSize = 1 }).ToListAsync();

        Assert.Equal(["prod-public", "staging-internal"], balancers.Select(b => b.LoadBalancerName));
        var prod = balancers[0];
        Assert.Equal("active", prod.State!.Code);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 8, 30, 0, 250, TimeSpan.Zero), prod.CreatedTime);
        Assert.Equal(["eu-west-1a", "eu-west-1b"], prod.AvailabilityZones!.Select(z => z.ZoneName));
        Assert.Equal("10.0.2.9", prod.AvailabilityZones![1].LoadBalancerAddresses!.Single().IpAddress);
        Assert.Equal(["sg-1", "sg-2"], prod.SecurityGroups);
        Assert.Equal(
            ["Action=DescribeLoadBalancers&Version=2015-12-01&PageSize=1", "Action=DescribeLoadBalancers&Version=2015-12-01&Marker=page-2&PageSize=1"],
            aws.Handler.Requests.Select(r => r.Body));
    }

    [Fact]
    public async Task DescribeListenersAsync_ForwardAction_ReadsNestedTargetGroupsAndCertificatesAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.OK, Response("DescribeListeners", """
            <Listeners>
              <member>
                <ListenerArn>arn:listener/443</ListenerArn><Port>443</Port><Protocol>HTTPS</Protocol>
                <Certificates><member><CertificateArn>arn:cert</CertificateArn><IsDefault>true</IsDefault></member></Certificates>
                <DefaultActions>
                  <member><Type>forward</Type><Order>1</Order>
                    <ForwardConfig>
                      <TargetGroups>
                        <member><TargetGroupArn>arn:tg/blue</TargetGroupArn><Weight>90</Weight></member>
                        <member><TargetGroupArn>arn:tg/green</TargetGroupArn><Weight>10</Weight></member>
                      </TargetGroups>
                      <TargetGroupStickinessConfig><Enabled>false</Enabled></TargetGroupStickinessConfig>
                    </ForwardConfig>
                  </member>
                </DefaultActions>
              </member>
            </Listeners>
            """));

        var listener = await Client(aws).DescribeListenersAsync(new DescribeListenersRequest { LoadBalancerArn = "arn:lb" }).SingleAsync();

        Assert.Equal(443, listener.Port);
        Assert.True(listener.Certificates!.Single().IsDefault);
        var forward = listener.DefaultActions!.Single().ForwardConfig!;
        Assert.Equal([("arn:tg/blue", 90), ("arn:tg/green", 10)], forward.TargetGroups!.Select(t => (t.TargetGroupArn, t.Weight ?? 0)));
        Assert.False(forward.TargetGroupStickinessConfig!.Enabled);
        Assert.Equal("Action=DescribeListeners&Version=2015-12-01&LoadBalancerArn=arn%3Alb", aws.Handler.Requests.Single().Body);
    }

    [Fact]
    public async Task DescribeRulesAsync_Conditions_ReadsListsInsideStructuresAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.OK, Response("DescribeRules", """
            <Rules>
              <member><RuleArn>arn:rule/1</RuleArn><Priority>10</Priority><IsDefault>false</IsDefault>
                <Conditions>
                  <member><Field>path-pattern</Field>
                    <PathPatternConfig><Values><member>/news/*</member><member>/blog/*</member></Values></PathPatternConfig>
                  </member>
                  <member><Field>http-header</Field>
                    <HttpHeaderConfig><HttpHeaderName>X-Canary</HttpHeaderName><Values><member>1</member></Values></HttpHeaderConfig>
                  </member>
                </Conditions>
                <Actions><member><Type>forward</Type><TargetGroupArn>arn:tg/news</TargetGroupArn></member></Actions>
              </member>
              <member><RuleArn>arn:rule/default</RuleArn><Priority>default</Priority><IsDefault>true</IsDefault></member>
            </Rules>
            """));

        var rules = await Client(aws).DescribeRulesAsync(new DescribeRulesRequest { ListenerArn = "arn:listener/443" }).ToListAsync();

        Assert.Equal(["10", "default"], rules.Select(r => r.Priority));
        Assert.Equal(["/news/*", "/blog/*"], rules[0].Conditions![0].PathPatternConfig!.Values);
        Assert.Equal("X-Canary", rules[0].Conditions![1].HttpHeaderConfig!.HttpHeaderName);
        Assert.Equal("arn:tg/news", rules[0].Actions!.Single().TargetGroupArn);
        Assert.True(rules[1].IsDefault);
        Assert.Null(rules[1].Conditions);
    }

    [Fact]
    public async Task DescribeTargetHealthAsync_Targets_SerializesMembersAndReadsHealthAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.OK, Response("DescribeTargetHealth", """
            <TargetHealthDescriptions>
              <member><Target><Id>10.0.1.5</Id><Port>8080</Port></Target><HealthCheckPort>8080</HealthCheckPort>
                <TargetHealth><State>unhealthy</State><Reason>Target.ResponseCodeMismatch</Reason><Description>Health checks failed with these codes: [502]</Description></TargetHealth>
              </member>
            </TargetHealthDescriptions>
            """));

        var result = await Client(aws).DescribeTargetHealthAsync(new DescribeTargetHealthRequest
        {
            TargetGroupArn = "arn:tg/users",
            Targets = [new TargetDescription { Id = "10.0.1.5", Port = 8080 }],
        });

        var health = result.TargetHealthDescriptions!.Single();
        Assert.Equal(("10.0.1.5", 8080), (health.Target!.Id, health.Target.Port ?? 0));
        Assert.Equal("Target.ResponseCodeMismatch", health.TargetHealth!.Reason);
        Assert.Equal("Action=DescribeTargetHealth&Version=2015-12-01&TargetGroupArn=arn%3Atg%2Fusers&Targets.member.1.Id=10.0.1.5&Targets.member.1.Port=8080",
            aws.Handler.Requests.Single().Body);
    }

    [Fact]
    public async Task DescribeTargetHealthAsync_NoTargetGroup_ThrowsBeforeSendingAsync()
    {
        using var aws = new TestAws();

        await Assert.ThrowsAsync<ArgumentException>(() => Client(aws).DescribeTargetHealthAsync(new DescribeTargetHealthRequest()));

        Assert.Empty(aws.Handler.Requests);
    }

    [Fact]
    public async Task DescribeTargetGroupsAsync_Error_ThrowsWithElbCodeAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.BadRequest, $"""
            <ErrorResponse xmlns="{Ns}"><Error><Type>Sender</Type><Code>LoadBalancerNotFound</Code><Message>One or more load balancers not found</Message></Error><RequestId>e-1</RequestId></ErrorResponse>
            """);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() =>
            Client(aws).DescribeTargetGroupsAsync(new DescribeTargetGroupsRequest { LoadBalancerArn = "arn:none" }).ToListAsync().AsTask());

        Assert.Equal("LoadBalancerNotFound", error.ErrorCode);
        Assert.Equal("DescribeTargetGroups", error.Operation);
    }

    private static string Response(string operation, string result) =>
        $"""<{operation}Response xmlns="{Ns}"><{operation}Result>{result}</{operation}Result><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></{operation}Response>""";

    private static Elbv2Client Client(TestAws aws) => new(new AwsQueryClient(aws.Pipeline));
}
