using System.Text.Json.Nodes;
using EcsConsole.Aws;
using EcsConsole.Aws.Ec2;
using EcsConsole.Core.Wizards.Export;
using EcsConsole.Core.Wizards.Export.CloudFormation;
using static EcsConsole.Core.Wizards.WizardCallJson;

namespace EcsConsole.Core.Wizards.Ec2;

/// <summary>
/// Sends a wizard's EC2 calls through <see cref="IEc2Client"/>: CreateLaunchTemplate (exists when DescribeLaunchTemplates finds
/// the name; undo DeleteLaunchTemplate), CreateSecurityGroup (exists when the VPC has a group of that name; undo
/// DeleteSecurityGroup) and AuthorizeSecurityGroupIngress (exists when the group allows every planned rule already; no undo:
/// the rules go with their group). Responses carry the model's member names, so plans declare e.g.
/// <c>["Id"] = "LaunchTemplate.LaunchTemplateId"</c>, <c>["Name"] = "LaunchTemplate.LaunchTemplateName"</c>, <c>["Id"] = "GroupId"</c>.
/// </summary>
public sealed class Ec2CallExecutor(IEc2Client ec2) : TableCallExecutor<Ec2CallExecutor>(Table)
{
    // A field, so the table's rows can reach the client of the executor they are given.
    private readonly IEc2Client _ec2 = ec2;

    public static WizardOperationTable<Ec2CallExecutor> Table { get; } = new("ec2", "EC2",
    [
        new("CreateLaunchTemplate",
            (e, call, ct) => e.CheckLaunchTemplateAsync(call, Body<CreateLaunchTemplateRequest>(call.Body, call.Operation), ct),
            async (e, call, ct) =>
            {
                var template = await e._ec2.CreateLaunchTemplateAsync(Body<CreateLaunchTemplateRequest>(call.Body, call.Operation), ct);
                return new CallResult(template.LaunchTemplate?.LaunchTemplateId, Node(template));
            },
            new("DeleteLaunchTemplate", (e, undo, ct) => e._ec2.DeleteLaunchTemplateAsync(Body<DeleteLaunchTemplateRequest>(undo.Body, undo.Operation), ct)),
            Ec2CloudFormationMapper.LaunchTemplate,
            WizardCliGuard.SkipWhen(call =>
                $"aws ec2 describe-launch-templates --launch-template-names {Text(call, "LaunchTemplateName")} ${{ENDPOINT_ARGS}} >/dev/null 2>&1")),
        new("CreateSecurityGroup",
            (e, call, ct) => e.CheckSecurityGroupAsync(call, Body<CreateSecurityGroupRequest>(call.Body, call.Operation), ct),
            async (e, call, ct) =>
            {
                var group = await e._ec2.CreateSecurityGroupAsync(Body<CreateSecurityGroupRequest>(call.Body, call.Operation), ct);
                return new CallResult(group.GroupId, Node(group));
            },
            new("DeleteSecurityGroup", (e, undo, ct) => e._ec2.DeleteSecurityGroupAsync(Body<DeleteSecurityGroupRequest>(undo.Body, undo.Operation), ct)),
            Ec2CloudFormationMapper.SecurityGroup, WizardCliGuard.None),
        new("AuthorizeSecurityGroupIngress",
            (e, call, ct) => e.CheckIngressAsync(Body<AuthorizeSecurityGroupIngressRequest>(call.Body, call.Operation), ct),
            async (e, call, ct) =>
            {
                var request = Body<AuthorizeSecurityGroupIngressRequest>(call.Body, call.Operation);
                var rules = await e._ec2.AuthorizeSecurityGroupIngressAsync(request, ct);
                return new CallResult(request.GroupId, Node(rules));
            },
            // No undo: the rules go with their group.
            null,
            Ec2CloudFormationMapper.Ingress,
            // EC2 answers a rule the group has already with InvalidPermission.Duplicate: on a re-run that means done.
            WizardCliGuard.Tolerate("InvalidPermission.Duplicate")),
    ],
    // Already gone: removed by hand or by an earlier rollback attempt.
    error => error.ErrorCode is "InvalidLaunchTemplateName.NotFoundException" or "InvalidLaunchTemplateId.NotFound" or "InvalidGroup.NotFound");

    private static string Text(PlannedCall call, string member) => AwsCliScriptExporter.Quote(JsonNode.Parse(call.Body)![member]!.GetValue<string>());

    private async Task<ExistenceCheckResult> CheckLaunchTemplateAsync(PlannedCall call, CreateLaunchTemplateRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var found = await _ec2.DescribeLaunchTemplatesAsync(
                new DescribeLaunchTemplatesRequest { LaunchTemplateNames = [request.LaunchTemplateName ?? ""] }, cancellationToken).FirstAsync(cancellationToken);
            return RunTags.Owned(new ExistenceCheckResult(ExistenceState.Exists,
                $"launch template {found.LaunchTemplateName} exists ({found.LaunchTemplateId}, latest version {found.LatestVersionNumber})")
            {
                Response = Node(new CreateLaunchTemplateResponse { LaunchTemplate = found }),
            }, call, Pairs(found.Tags));
        }
        catch (AwsServiceException error) when (error.ErrorCode == "InvalidLaunchTemplateName.NotFoundException")
        {
            return ExistenceCheckResult.Missing;
        }
    }

    private async Task<ExistenceCheckResult> CheckSecurityGroupAsync(PlannedCall call, CreateSecurityGroupRequest request, CancellationToken cancellationToken)
    {
        List<Filter> filters = [Filter.By("group-name", request.GroupName ?? "")];
        if (request.VpcId is { } vpc)
        {
            filters.Add(Filter.By("vpc-id", vpc));
        }

        var found = await _ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { Filters = filters }, cancellationToken).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return ExistenceCheckResult.Missing;
        }

        return RunTags.Owned(new ExistenceCheckResult(ExistenceState.Exists, $"security group {found.GroupName} exists in {found.VpcId} ({found.GroupId})")
        {
            Response = Node(new CreateSecurityGroupResponse { GroupId = found.GroupId, Tags = found.Tags }),
        }, call, Pairs(found.Tags));
    }

    private async Task<ExistenceCheckResult> CheckIngressAsync(AuthorizeSecurityGroupIngressRequest request, CancellationToken cancellationToken)
    {
        SecurityGroup? group;
        try
        {
            group = await _ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = [request.GroupId ?? ""] }, cancellationToken).FirstOrDefaultAsync(cancellationToken);
        }
        catch (AwsServiceException error) when (error.ErrorCode is "InvalidGroup.NotFound" or "InvalidGroupId.Malformed")
        {
            return ExistenceCheckResult.Missing;
        }

        var existing = group?.IpPermissions ?? [];
        var planned = Rules(request.IpPermissions ?? []).ToList();
        if (planned.Count == 0 || !planned.All(rule => Rules(existing).Contains(rule)))
        {
            return ExistenceCheckResult.Missing;
        }

        return new ExistenceCheckResult(ExistenceState.Exists, $"security group {request.GroupId} allows these rules already")
        {
            Response = Node(new AuthorizeSecurityGroupIngressResponse { Return = true, SecurityGroupRules = [] }),
        };
    }

    // One (protocol, from, to, peer) per source, as EC2 compares rules; "-1" and "all" are the same protocol.
    private static IEnumerable<(string Protocol, int? From, int? To, string Peer)> Rules(IEnumerable<IpPermission> permissions) =>
        permissions.SelectMany(p =>
        {
            var protocol = p.IpProtocol is "all" or "-1" ? "-1" : (p.IpProtocol ?? "").ToLowerInvariant();
            var (from, to) = protocol == "-1" ? ((int?)null, (int?)null) : (p.FromPort, p.ToPort);
            return (p.IpRanges ?? []).Select(r => (protocol, from, to, r.CidrIp ?? ""))
                .Concat((p.UserIdGroupPairs ?? []).Select(g => (protocol, from, to, g.GroupId ?? "")));
        });


    private static IEnumerable<KeyValuePair<string, string?>>? Pairs(IReadOnlyList<Tag>? tags) => tags?.Select(t => KeyValuePair.Create(t.Key ?? "", t.Value));
}
