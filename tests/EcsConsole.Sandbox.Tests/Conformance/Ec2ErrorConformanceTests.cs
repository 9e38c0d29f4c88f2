using System.Net;
using EcsConsole.Testing;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Conformance;

// EC2 answers errors in its own envelope (Response/Errors/Error, RequestID); EC2 Auto Scaling in the Query one with codes its model declares.
public sealed class Ec2ErrorConformanceTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
    private readonly SandboxOptions _options = new() { Url = "http://127.0.0.1:0" };
    private SandboxServer _sandbox = null!;
    private SandboxWire _wire = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(_options, _time, CancellationToken.None);
        _wire = new SandboxWire(_sandbox.Url, _options.Region, _options.AccessKeyId, _options.SecretAccessKey);
    }

    public async Task DisposeAsync()
    {
        _wire.Dispose();
        await _sandbox.DisposeAsync();
    }

    [RequiresAwsModelsTheory]
    [InlineData("DescribeVpcs", "VpcId.1", "vpc-0123456789abcdef0", "InvalidVpcID.NotFound")]
    [InlineData("DescribeSecurityGroups", "GroupId.1", "sg-0123456789abcdef0", "InvalidGroup.NotFound")]
    [InlineData("DescribeLaunchTemplates", "LaunchTemplateName.1", "no-such-template", "InvalidLaunchTemplateName.NotFoundException")]
    [InlineData("DeleteSecurityGroup", "GroupName", "default", "CannotDelete")]
    public async Task Ec2_InvalidRequest_AnswersEc2ErrorEnvelopeAsync(string operation, string parameter, string value, string expectedCode)
    {
        var model = ServiceModel.Load("ec2");

        var reply = await _wire.SendQueryAsync(model, new Dictionary<string, string> { ["Action"] = operation, ["Version"] = model.Metadata.ApiVersion, [parameter] = value });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Empty(ServiceModel.ValidateEc2ErrorXml(reply.Xml));
        Assert.Equal(expectedCode, reply.Xml.Descendants().Single(e => e.Name.LocalName == "Code").Value);
    }

    [RequiresAwsModelsFact]
    public async Task AutoScaling_UnknownGroup_AnswersValidationErrorAsync()
    {
        var model = ServiceModel.Load("autoscaling");

        var reply = await _wire.SendQueryAsync(model, new Dictionary<string, string>
        {
            ["Action"] = "DeleteAutoScalingGroup", ["Version"] = model.Metadata.ApiVersion, ["AutoScalingGroupName"] = "no-such-group",
        });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Empty(model.ValidateQueryErrorXml("DeleteAutoScalingGroup", reply.Xml));
        Assert.Equal("ValidationError", reply.Xml.Descendants().Single(e => e.Name.LocalName == "Code").Value);
    }
}
