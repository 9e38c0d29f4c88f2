using System.Xml.Linq;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ec2;

namespace EcsConsole.Sandbox.Protocol.Ec2;

/// <summary>
/// EC2 over its own Query dialect: flattened numbered lists in (<c>Filter.1.Value.1</c>), and answers without a Result wrapper,
/// a <c>requestId</c> first, lists as <c>&lt;xxxSet&gt;&lt;item&gt;</c>, errors as <c>&lt;Response&gt;&lt;Errors&gt;</c>.
/// </summary>
public sealed partial class Ec2QueryApi : QueryApi
{
    private readonly SandboxEngine _engine;

    public Ec2QueryApi(SandboxEngine engine)
    {
        _engine = engine;
        Register("DescribeVpcs", (p, _) => DescribeVpcs(Read(p)));
        Register("DescribeSubnets", (p, _) => DescribeSubnets(Read(p)));
        Register("DescribeSecurityGroups", (p, _) => DescribeSecurityGroups(Read(p)));
        Register("CreateSecurityGroup", (p, _) => CreateSecurityGroup(Read(p)));
        Register("AuthorizeSecurityGroupIngress", (p, _) => AuthorizeSecurityGroupIngress(Read(p)));
        Register("DeleteSecurityGroup", (p, _) => DeleteSecurityGroup(Read(p)));
        Register("CreateLaunchTemplate", (p, _) => CreateLaunchTemplate(Read(p)));
        Register("DescribeLaunchTemplates", (p, _) => DescribeLaunchTemplates(Read(p)));
        Register("DeleteLaunchTemplate", (p, _) => DeleteLaunchTemplate(Read(p)));
    }

    public override string SigningName => "ec2";

    public override string ApiVersion => "2016-11-15";

    public override XNamespace Namespace => "http://ec2.amazonaws.com/doc/2016-11-15/";

    protected override XDocument Envelope(string action, IEnumerable<XElement>? result, string requestId) =>
        new(new XElement(Namespace + $"{action}Response", new XElement(Namespace + "requestId", requestId), result));

    /// <summary>EC2's error form; it names throttling RequestLimitExceeded and its own server fault InternalError.</summary>
    public override (XDocument Body, int Status) Error(SandboxApiException error, string code, int status, string requestId)
    {
        var ec2Code = code switch
        {
            "Throttling" => "RequestLimitExceeded",
            "InternalFailure" => "InternalError",
            "SignatureDoesNotMatch" or "IncompleteSignature" or "MissingAuthenticationToken" => "AuthFailure",
            _ => code,
        };
        var body = new XDocument(new XElement("Response",
            new XElement("Errors", new XElement("Error", new XElement("Code", ec2Code), new XElement("Message", error.Message))),
            new XElement("RequestID", requestId)));
        return (body, ec2Code == "RequestLimitExceeded" ? 503 : ec2Code == "AuthFailure" ? 401 : status);
    }

    private static QueryParameters Read(IReadOnlyDictionary<string, string> parameters) => new(parameters, "InvalidParameterValue");

    private IEnumerable<XElement> DescribeVpcs(QueryParameters p)
    {
        var vpcs = _engine.Ec2.DescribeVpcs(p.Strings("VpcId"), Filters(p));
        var (page, next) = p.Page(vpcs, "DescribeVpcs", "NextToken", "MaxResults", 1000, 5, 1000);
        return [E("vpcSet", page.Select(VpcItem)), .. NextToken(next)];
    }

    private IEnumerable<XElement> DescribeSubnets(QueryParameters p)
    {
        var subnets = _engine.Ec2.DescribeSubnets(p.Strings("SubnetId"), Filters(p));
        var (page, next) = p.Page(subnets, "DescribeSubnets", "NextToken", "MaxResults", 1000, 5, 1000);
        return [E("subnetSet", page.Select(SubnetItem)), .. NextToken(next)];
    }

    private IEnumerable<XElement> DescribeSecurityGroups(QueryParameters p)
    {
        var groups = _engine.Ec2.DescribeSecurityGroups(p.Strings("GroupId"), p.Strings("GroupName"), Filters(p));
        var (page, next) = p.Page(groups, "DescribeSecurityGroups", "NextToken", "MaxResults", 1000, 5, 1000);
        return [E("securityGroupInfo", page.Select(SecurityGroupItem)), .. NextToken(next)];
    }

    private IEnumerable<XElement> CreateSecurityGroup(QueryParameters p)
    {
        var group = _engine.Ec2.CreateSecurityGroup(p.String("GroupName"), p.String("GroupDescription"), p.String("VpcId"), Tags(p, "TagSpecification", "security-group"));
        return
        [
            E("groupId", group.Id),
            .. group.Tags.Count == 0 ? [] : new[] { TagSet(group.Tags) },
            E("securityGroupArn", SecurityGroupArn(group.Id)),
        ];
    }

    private IEnumerable<XElement> AuthorizeSecurityGroupIngress(QueryParameters p)
    {
        var groupId = p.String("GroupId");
        var permissions = p.Items("IpPermissions").Select(item => new IngressPermission(
                p.String(item + ".IpProtocol") ?? throw Ec2Errors.MissingParameter("ipProtocol"),
                p.Int(item + ".FromPort"),
                p.Int(item + ".ToPort"),
                p.Items(item + ".IpRanges").Select(r => (p.Required(r + ".CidrIp"), p.String(r + ".Description"))).ToList(),
                p.Items(item + ".Groups").Select(g => (p.Required(g + ".GroupId"), p.String(g + ".Description"))).ToList()))
            .ToList();
        if (permissions.Count == 0 && p.String("IpProtocol") is { } protocol)
        {
            // The older flat form: one protocol, port range and CIDR.
            var cidr = p.String("CidrIp");
            permissions.Add(new IngressPermission(protocol, p.Int("FromPort"), p.Int("ToPort"), cidr is null ? [] : [(cidr, null)], []));
        }

        var rules = _engine.Ec2.AuthorizeSecurityGroupIngress(groupId, permissions);
        return [E("return", "true"), E("securityGroupRuleSet", rules.Select(rule => RuleItem(groupId!, rule)))];
    }

    private IEnumerable<XElement> DeleteSecurityGroup(QueryParameters p)
    {
        var id = _engine.Ec2.DeleteSecurityGroup(p.String("GroupId"), p.String("GroupName"));
        return [E("return", "true"), E("groupId", id)];
    }

    private IEnumerable<XElement> CreateLaunchTemplate(QueryParameters p)
    {
        const string Data = "LaunchTemplateData.";
        var data = p.Items("LaunchTemplateData").Count == 0 && !HasAny(p, Data)
            ? null
            : new LaunchTemplateData(
                p.String(Data + "ImageId"),
                p.String(Data + "InstanceType"),
                p.String(Data + "IamInstanceProfile.Name"),
                p.String(Data + "IamInstanceProfile.Arn"),
                p.Strings(Data + "SecurityGroupId"),
                p.String(Data + "UserData"));
        var template = _engine.Ec2.CreateLaunchTemplate(p.String("LaunchTemplateName"), data, Tags(p, "TagSpecification", "launch-template"),
            _engine.Arns.User("sandbox"), p.String("ClientToken"));
        return [LaunchTemplateElement("launchTemplate", template)];
    }

    private IEnumerable<XElement> DescribeLaunchTemplates(QueryParameters p)
    {
        var templates = _engine.Ec2.DescribeLaunchTemplates(p.Strings("LaunchTemplateId"), p.Strings("LaunchTemplateName"), Filters(p));
        var (page, next) = p.Page(templates, "DescribeLaunchTemplates", "NextToken", "MaxResults", 200, 1, 200);
        return [E("launchTemplates", page.Select(t => LaunchTemplateElement("item", t))), .. NextToken(next)];
    }

    private IEnumerable<XElement> DeleteLaunchTemplate(QueryParameters p)
    {
        var template = _engine.Ec2.DeleteLaunchTemplate(p.String("LaunchTemplateId"), p.String("LaunchTemplateName"));
        return [LaunchTemplateElement("launchTemplate", template)];
    }

    private static bool HasAny(QueryParameters p, string prefix) =>
        new[] { "ImageId", "InstanceType", "UserData", "IamInstanceProfile.Name", "IamInstanceProfile.Arn" }.Any(m => p.String(prefix + m) is not null)
        || p.Items(prefix + "SecurityGroupId").Count > 0;

    private static IReadOnlyList<Ec2Filter> Filters(QueryParameters p) =>
        p.Items("Filter").Select(item => new Ec2Filter(p.Required(item + ".Name"), p.Strings(item + ".Value"))).ToList();

    /// <summary>The tags of the TagSpecification for <paramref name="resourceType"/> (EC2 refuses one for another type).</summary>
    private static Dictionary<string, string> Tags(QueryParameters p, string prefix, string resourceType)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var specification in p.Items(prefix))
        {
            var type = p.String(specification + ".ResourceType");
            if (type != resourceType)
            {
                throw Ec2Errors.InvalidParameterValue($"'{type}' is not a valid taggable resource type for this operation.");
            }

            foreach (var (key, value) in p.Tags(specification + ".Tag"))
            {
                tags[key] = value;
            }
        }

        return tags;
    }

    private string SecurityGroupArn(string id) => $"arn:aws:ec2:{_engine.Arns.Region}:{_engine.Arns.AccountId}:security-group/{id}";
}
