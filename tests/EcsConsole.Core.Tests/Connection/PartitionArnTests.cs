using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Delivery;
using EcsConsole.Core.Security.Iam;
using EcsConsole.Core.Tests.Wizards;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Tests.Connection;

/// <summary>
/// A connection in China (partition aws-cn): what the console writes for it names arn:aws-cn: resources, never the
/// commercial arn:aws: ones: the IAM roles wizard's plan, the generated IAM policy and the cross-account pull check.
/// </summary>
public sealed class PartitionArnTests
{
    private const string ChinaRole = "arn:aws-cn:iam::111122223333:role/EcsConsoleAccess";

    private readonly ConnectionCatalog _catalog = new(
        new AwsConnection(new AwsConnectionSettings("eu-west-1", null, null, new BasicAWSCredentials("a", "b"), "aws")),
        new Dictionary<string, ConnectionOptions> { ["china"] = new() { RoleArn = ChinaRole, Regions = ["cn-north-1", "cn-northwest-1"] } });

    private ConsoleConnection China => _catalog.Find("china")!;

    [Fact]
    public void IamRolesWizard_ChinaConnection_PlansOnlyAwsCnArns()
    {
        var partition = AwsPartition.ForRegion(China.DefaultRegion);
        var input = IamRolesWizardTests.UsersInput();
        input.TaskGrants = [new(GrantResourceKind.DynamoDbTable, "arn:aws-cn:dynamodb:cn-north-1:111122223333:table/users", GrantAccess.ReadWrite)];
        input.ExecutionSecrets = ["arn:aws-cn:secretsmanager:cn-north-1:111122223333:secret:users/db-AbCdEf"];

        var (plan, errors) = IamRolesWizard.Plan(input, partition);

        Assert.Equal(("aws-cn", "aws-cn"), (China.Partition, partition.Id));
        Assert.Empty(errors);
        var bodies = string.Join("\n", plan!.Calls.Select(c => c.Body));
        Assert.Contains("arn:aws-cn:iam::aws:policy/", bodies, StringComparison.Ordinal);
        Assert.DoesNotContain("arn:aws:", bodies, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_ChinaConnection_GrantsOnlyAwsCnArns()
    {
        var partition = AwsPartition.ForRegion(China.DefaultRegion);

        var full = IamPolicyGenerator.ToJson(IamPolicyGenerator.Full(partition: partition, assumedRoles: _catalog.AssumedRoleArns));
        var readOnly = IamPolicyGenerator.ToJson(IamPolicyGenerator.ReadOnly(partition: partition, assumedRoles: _catalog.AssumedRoleArns));

        Assert.Contains("arn:aws-cn:iam::*:role/*", full, StringComparison.Ordinal);
        Assert.Contains(ChinaRole, full, StringComparison.Ordinal);
        Assert.Contains(ChinaRole, readOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("arn:aws:", full + readOnly, StringComparison.Ordinal);
    }

    [Fact]
    public void CrossAccountPull_ChinaRole_CountsItsAccountsAwsCnRootAndNotTheCommercialOne()
    {
        const string role = "arn:aws-cn:iam::111122223333:role/ecsTaskExecutionRole";
        const string pull = """["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"]""";

        var china = CrossAccountPull.Check($$"""{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws-cn:iam::111122223333:root"},"Action":{{pull}}}]}""", "news", role);
        var commercial = CrossAccountPull.Check($$"""{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":{{pull}}}]}""", "news", role);

        Assert.True(china.Allowed, china.Explanation);
        Assert.False(commercial.Allowed);
    }
}
