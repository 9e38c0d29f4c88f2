using EcsConsole.Aws;
using EcsConsole.Aws.Ec2;
using EcsConsole.Aws.Ssm;

namespace EcsConsole.Sandbox.Tests.Ec2;

/// <summary>IEc2Client and ISsmParameterClient (through the AWS SDK) against the sandbox: one code path for AWS and the sandbox.</summary>
public sealed class Ec2ClientTests : IAsyncLifetime
{
    private Ec2SandboxClients _clients = null!;

    public async Task InitializeAsync() => _clients = await Ec2SandboxClients.StartAsync();

    public async Task DisposeAsync() => await _clients.DisposeAsync();

    [Fact]
    public async Task DescribeSubnetsAsync_DefaultVpc_ListsTheSubnetsAndZonesTheSeededServicesUse()
    {
        var vpc = await _clients.Ec2.DescribeVpcsAsync(new DescribeVpcsRequest { Filters = [Filter.By("is-default", "true")] }).SingleAsync();
        var subnets = await _clients.Ec2.DescribeSubnetsAsync(new DescribeSubnetsRequest { Filters = [Filter.By("vpc-id", vpc.VpcId!)] }).ToListAsync();

        var used = _clients.Sandbox.Engine.Read(state => state.FindCluster("prod")!.Services.SelectMany(s => s.Subnets).Distinct()
            .ToDictionary(s => s, s => state.AvailabilityZoneOf(s, "eu-west-1")));
        Assert.True(vpc.IsDefault);
        Assert.All(used, pair => Assert.Equal(pair.Value, subnets.Single(s => s.SubnetId == pair.Key).AvailabilityZone));
        Assert.Equal(3, subnets.Where(s => used.ContainsKey(s.SubnetId!)).Select(s => s.AvailabilityZone).Distinct().Count());
        Assert.Equal(1, _clients.Calls.CountFor("EC2", "DescribeSubnets"));
    }

    [Fact]
    public async Task DescribeLaunchTemplatesAsync_OnePerPage_FollowsNextTokenAcrossPages()
    {
        foreach (var name in new[] { "lt-one", "lt-two", "lt-three" })
        {
            await _clients.Ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest
            {
                LaunchTemplateName = name,
                LaunchTemplateData = new RequestLaunchTemplateData { ImageId = "ami-0c9e1b5a7d3f24a61", InstanceType = "t3.medium" },
            });
        }

        var templates = await _clients.Ec2.DescribeLaunchTemplatesAsync(new DescribeLaunchTemplatesRequest { MaxResults = 1 }).ToListAsync();

        Assert.Equal(["lt-one", "lt-two", "lt-three"], templates.Select(t => t.LaunchTemplateName));
        Assert.Equal(3, _clients.Calls.CountFor("EC2", "DescribeLaunchTemplates"));
    }

    [Fact]
    public async Task CreateLaunchTemplateAsync_SameClientTokenTwice_AnswersTheFirstTemplate_OtherParametersAreRefused()
    {
        var request = new CreateLaunchTemplateRequest
        {
            LaunchTemplateName = "lt-token",
            LaunchTemplateData = new RequestLaunchTemplateData { ImageId = "ami-0c9e1b5a7d3f24a61", InstanceType = "t3.medium" },
            TagSpecifications = [new TagSpecification { ResourceType = "launch-template", Tags = [new Tag { Key = "ecsconsole:run", Value = "r-1" }] }],
            ClientToken = "token-of-step-3",
        };

        var first = await _clients.Ec2.CreateLaunchTemplateAsync(request);
        var again = await _clients.Ec2.CreateLaunchTemplateAsync(request);
        var mismatch = await Assert.ThrowsAsync<AwsServiceException>(() => _clients.Ec2.CreateLaunchTemplateAsync(
            request with { LaunchTemplateData = new RequestLaunchTemplateData { ImageId = "ami-0c9e1b5a7d3f24a61", InstanceType = "m5.large" } }));
        var withoutToken = await Assert.ThrowsAsync<AwsServiceException>(() => _clients.Ec2.CreateLaunchTemplateAsync(request with { ClientToken = null }));

        Assert.Equal(first.LaunchTemplate!.LaunchTemplateId, again.LaunchTemplate!.LaunchTemplateId);
        Assert.Equal("IdempotentParameterMismatch", mismatch.ErrorCode);
        Assert.Equal("InvalidLaunchTemplateName.AlreadyExistsException", withoutToken.ErrorCode);
        Assert.Single(await _clients.Ec2.DescribeLaunchTemplatesAsync(new DescribeLaunchTemplatesRequest { LaunchTemplateNames = ["lt-token"] }).ToListAsync());
    }

    [Fact]
    public async Task CreateSecurityGroupAsync_ThenIngressAndDelete_RoundTripsAndRefusesDuplicates()
    {
        var vpc = await _clients.Ec2.DescribeVpcsAsync(new DescribeVpcsRequest()).FirstAsync();
        var created = await _clients.Ec2.CreateSecurityGroupAsync(new CreateSecurityGroupRequest
        {
            GroupName = "prod-ecs-instances", Description = "ECS instances of prod", VpcId = vpc.VpcId,
            TagSpecifications = [new TagSpecification { ResourceType = "security-group", Tags = [new Tag { Key = "cluster", Value = "prod" }] }],
        });
        var ingress = await _clients.Ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = created.GroupId,
            IpPermissions = [new IpPermission { IpProtocol = "tcp", FromPort = 32768, ToPort = 65535, UserIdGroupPairs = [new UserIdGroupPair { GroupId = "sg-0d3f1a2b4c5e60071" }] }],
        });
        var described = await _clients.Ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { Filters = [Filter.By("vpc-id", vpc.VpcId!)] })
            .SingleAsync(g => g.GroupId == created.GroupId);
        var duplicate = await Assert.ThrowsAsync<AwsServiceException>(() => _clients.Ec2.CreateSecurityGroupAsync(
            new CreateSecurityGroupRequest { GroupName = "prod-ecs-instances", Description = "again", VpcId = vpc.VpcId }));
        var deleted = await _clients.Ec2.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = created.GroupId });
        var gone = await Assert.ThrowsAsync<AwsServiceException>(() =>
            _clients.Ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = [created.GroupId!] }).ToListAsync().AsTask());

        Assert.Equal("prod", created.Tags!.Single().Value);
        Assert.True(ingress.Return);
        Assert.Equal("sg-0d3f1a2b4c5e60071", described.IpPermissions!.Single().UserIdGroupPairs!.Single().GroupId);
        Assert.Equal("InvalidGroup.Duplicate", duplicate.ErrorCode);
        Assert.Equal(created.GroupId, deleted.GroupId);
        Assert.Equal("InvalidGroup.NotFound", gone.ErrorCode);
    }

    [Fact]
    public async Task CreateSecurityGroupAsync_UnknownVpc_AnswersInvalidVpcIdNotFound()
    {
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => _clients.Ec2.CreateSecurityGroupAsync(
            new CreateSecurityGroupRequest { GroupName = "x", Description = "x", VpcId = "vpc-0123456789abcdef0" }));

        Assert.Equal("InvalidVpcID.NotFound", error.ErrorCode);
        Assert.Contains("vpc-0123456789abcdef0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLaunchTemplateAsync_ThenDescribeAndDelete_KeepsItsNameUnique()
    {
        var request = new CreateLaunchTemplateRequest
        {
            LaunchTemplateName = "prod-ecs",
            LaunchTemplateData = new RequestLaunchTemplateData
            {
                ImageId = "ami-0c9e1b5a7d3f24a61", InstanceType = "m5.large",
                IamInstanceProfile = new LaunchTemplateIamInstanceProfileSpecification { Name = "ecsInstanceRole" },
                SecurityGroupIds = ["sg-0d3f1a2b4c5e60071"], UserData = Convert.ToBase64String("ECS_CLUSTER=prod"u8.ToArray()),
            },
        };

        var created = await _clients.Ec2.CreateLaunchTemplateAsync(request);
        var described = await _clients.Ec2.DescribeLaunchTemplatesAsync(new DescribeLaunchTemplatesRequest { LaunchTemplateNames = ["prod-ecs"] }).SingleAsync();
        var duplicate = await Assert.ThrowsAsync<AwsServiceException>(() => _clients.Ec2.CreateLaunchTemplateAsync(request));
        await _clients.Ec2.DeleteLaunchTemplateAsync(new DeleteLaunchTemplateRequest { LaunchTemplateName = "prod-ecs" });
        var missing = await Assert.ThrowsAsync<AwsServiceException>(() =>
            _clients.Ec2.DescribeLaunchTemplatesAsync(new DescribeLaunchTemplatesRequest { LaunchTemplateNames = ["prod-ecs"] }).ToListAsync().AsTask());

        Assert.StartsWith("lt-", created.LaunchTemplate!.LaunchTemplateId, StringComparison.Ordinal);
        Assert.Equal(created.LaunchTemplate.LaunchTemplateId, described.LaunchTemplateId);
        Assert.Equal(_clients.Time.GetUtcNow().ToUnixTimeSeconds(), described.CreateTime!.Value.ToUnixTimeSeconds());
        Assert.Equal("InvalidLaunchTemplateName.AlreadyExistsException", duplicate.ErrorCode);
        Assert.Equal("InvalidLaunchTemplateName.NotFoundException", missing.ErrorCode);
    }

    [Fact]
    public async Task CreateLaunchTemplateAsync_UserDataNotBase64_AnswersInvalidUserDataMalformed()
    {
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => _clients.Ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest
        {
            LaunchTemplateName = "bad-user-data",
            LaunchTemplateData = new RequestLaunchTemplateData { ImageId = "ami-0c9e1b5a7d3f24a61", InstanceType = "m5.large", UserData = "ECS_CLUSTER=prod" },
        }));

        Assert.Equal("InvalidUserData.Malformed", error.ErrorCode);
    }

    [Fact]
    public async Task GetParameterAsync_EcsOptimizedAmis_AnswerImageIds()
    {
        foreach (var name in EcsOptimizedAmiParameters.All)
        {
            var reply = await _clients.Ssm.GetParameterAsync(new GetParameterRequest { Name = name });

            Assert.Equal(name, reply.Parameter!.Name);
            Assert.Matches("^ami-[0-9a-f]{17}$", reply.Parameter.Value);
        }

        Assert.Equal(3, _clients.Calls.CountFor("SSM", "GetParameter"));
    }

    [Fact]
    public async Task GetParameterAsync_UnknownName_AnswersParameterNotFound()
    {
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => _clients.Ssm.GetParameterAsync(new GetParameterRequest { Name = "/aws/service/ecs/nope" }));

        Assert.Equal("ParameterNotFound", error.ErrorCode);
        Assert.Equal("SSM", error.Service);
    }
}
