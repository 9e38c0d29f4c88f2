using System.Xml.Linq;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Iam;

namespace EcsConsole.Sandbox.Protocol.Iam;

/// <summary>IAM over the Query protocol: the roles, policies and instance profiles the setup wizards create and inspect.</summary>
public sealed partial class IamQueryApi : QueryApi
{
    public IamQueryApi(ArnFactory arns, SandboxOptions options, TimeProvider timeProvider)
    {
        Account = new IamAccount(arns, timeProvider, options.Seed);
        Register("GetRole", (p, _) => [RoleElement("Role", Account.GetRole(Required(p, "RoleName")))]);
        Register("ListRoles", (p, _) => ListRoles(p));
        Register("CreateRole", (p, _) => [RoleElement("Role", Account.CreateRole(
            Required(p, "RoleName"), IamValidation.Path(p.GetValueOrDefault("Path")), Required(p, "AssumeRolePolicyDocument"),
            p.GetValueOrDefault("Description"), OptionalInt(p, "MaxSessionDuration"), Tags(p)))]);
        Register("DeleteRole", (p, _) => Empty(() => Account.DeleteRole(Required(p, "RoleName"))));
        Register("TagRole", (p, _) => Empty(() => Account.TagRole(Required(p, "RoleName"), Tags(p))));
        Register("AttachRolePolicy", (p, _) => Empty(() => Account.AttachRolePolicy(Required(p, "RoleName"), Required(p, "PolicyArn"))));
        Register("DetachRolePolicy", (p, _) => Empty(() => Account.DetachRolePolicy(Required(p, "RoleName"), Required(p, "PolicyArn"))));
        Register("PutRolePolicy", (p, _) => Empty(() => Account.PutRolePolicy(Required(p, "RoleName"), Required(p, "PolicyName"), Required(p, "PolicyDocument"))));
        Register("DeleteRolePolicy", (p, _) => Empty(() => Account.DeleteRolePolicy(Required(p, "RoleName"), Required(p, "PolicyName"))));
        Register("ListAttachedRolePolicies", (p, _) => ListAttachedRolePolicies(p));
        Register("ListRolePolicies", (p, _) => ListRolePolicies(p));
        Register("CreateInstanceProfile", (p, _) => [ProfileElement(Account.CreateInstanceProfile(
            Required(p, "InstanceProfileName"), IamValidation.Path(p.GetValueOrDefault("Path")), Tags(p)))]);
        Register("GetInstanceProfile", (p, _) => [ProfileElement(Account.GetInstanceProfile(Required(p, "InstanceProfileName")))]);
        Register("DeleteInstanceProfile", (p, _) => Empty(() => Account.DeleteInstanceProfile(Required(p, "InstanceProfileName"))));
        Register("AddRoleToInstanceProfile", (p, _) => Empty(() => Account.AddRoleToInstanceProfile(Required(p, "InstanceProfileName"), Required(p, "RoleName"))));
        Register("RemoveRoleFromInstanceProfile", (p, _) => Empty(() => Account.RemoveRoleFromInstanceProfile(Required(p, "InstanceProfileName"), Required(p, "RoleName"))));
        Register("CreateServiceLinkedRole", (p, _) => [RoleElement("Role", Account.CreateServiceLinkedRole(Required(p, "AWSServiceName"), p.GetValueOrDefault("Description")))]);
        Register("DeleteServiceLinkedRole", (p, _) => [E("DeletionTaskId", Account.DeleteServiceLinkedRole(Required(p, "RoleName")))]);
    }

    /// <summary>The account's IAM state, for tests that arrange or inspect it directly.</summary>
    public IamAccount Account { get; }

    public override string SigningName => "iam";

    public override string ApiVersion => "2010-05-08";

    public override XNamespace Namespace => "https://iam.amazonaws.com/doc/2010-05-08/";

    private IEnumerable<XElement> ListRoles(IReadOnlyDictionary<string, string> parameters)
    {
        var roles = Account.ListRoles(parameters.GetValueOrDefault("PathPrefix") ?? "/");
        var (page, next) = Page(roles, parameters, "ListRoles");
        return [E("Roles", page.Select(r => RoleElement("member", r))), .. Truncation(next)];
    }

    private IEnumerable<XElement> ListAttachedRolePolicies(IReadOnlyDictionary<string, string> parameters)
    {
        var prefix = parameters.GetValueOrDefault("PathPrefix") ?? "/";
        var attached = Account.AttachedPolicies(Required(parameters, "RoleName"))
            .Where(arn => PolicyPath(arn).StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var (page, next) = Page(attached, parameters, "ListAttachedRolePolicies");
        return
        [
            E("AttachedPolicies", page.Select(arn => E("member", new object[] { E("PolicyName", arn[(arn.LastIndexOf('/') + 1)..]), E("PolicyArn", arn) }))),
            .. Truncation(next),
        ];
    }

    private IEnumerable<XElement> ListRolePolicies(IReadOnlyDictionary<string, string> parameters)
    {
        var names = Account.InlinePolicyNames(Required(parameters, "RoleName"));
        var (page, next) = Page(names, parameters, "ListRolePolicies");
        return [E("PolicyNames", page.Select(n => E("member", n))), .. Truncation(next)];
    }

    // "arn:aws:iam::aws:policy/service-role/Name" has the path "/service-role/".
    private static string PolicyPath(string arn)
    {
        var start = arn.IndexOf(":policy", StringComparison.Ordinal) + ":policy".Length;
        var end = arn.LastIndexOf('/');
        return end <= start ? "/" : arn[start..(end + 1)];
    }
}
