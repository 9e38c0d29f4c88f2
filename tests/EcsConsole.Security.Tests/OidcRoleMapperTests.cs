using System.Security.Claims;
using EcsConsole.Core.Security;
using EcsConsole.Web.Security;

namespace EcsConsole.Security.Tests;

public sealed class OidcRoleMapperTests
{
    private static readonly OidcSignInOptions Options = new()
    {
        RoleClaim = "groups",
        RoleMapping = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["ecs-readers"] = "Viewer",
            ["ecs-operators"] = "Operator",
            ["platform-admins"] = "Admin",
        },
    };

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));

    [Fact]
    public void Map_SeveralMappedGroups_GivesTheHighestRole()
    {
        var role = OidcRoleMapper.Map(Principal(("groups", "ecs-readers"), ("groups", "ECS-OPERATORS"), ("groups", "unrelated")), Options);

        Assert.Equal(ConsoleRole.Operator, role);
    }

    [Fact]
    public void Map_GroupsAsJsonArrayInOneClaim_AreSplit()
    {
        var role = OidcRoleMapper.Map(Principal(("groups", """["unrelated","platform-admins"]""")), Options);

        Assert.Equal(ConsoleRole.Admin, role);
    }

    [Fact]
    public void Map_NoMappedGroupAndNoDefault_RefusesWithNull()
    {
        Assert.Null(OidcRoleMapper.Map(Principal(("groups", "unrelated"), ("roles", "platform-admins")), Options));
    }

    [Fact]
    public void Map_NoMappedGroupWithDefaultRole_GivesTheDefault()
    {
        var options = new OidcSignInOptions { RoleClaim = Options.RoleClaim, RoleMapping = Options.RoleMapping, DefaultRole = "viewer" };

        Assert.Equal(ConsoleRole.Viewer, OidcRoleMapper.Map(Principal(("groups", "unrelated")), options));
    }

    [Fact]
    public void DisplayName_PreferredUsernameMissing_FallsBackToEmail()
    {
        Assert.Equal("ann@example.com", OidcRoleMapper.DisplayName(Principal(("sub", "123"), ("email", "ann@example.com"))));
    }

    [Fact]
    public void Enabled_AuthorityEmpty_IsFalse()
    {
        Assert.False(new OidcSignInOptions { Authority = " " }.Enabled);
        Assert.True(new OidcSignInOptions { Authority = "https://login.example" }.Enabled);
    }
}
