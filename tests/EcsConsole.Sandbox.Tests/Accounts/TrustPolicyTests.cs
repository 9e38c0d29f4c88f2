using EcsConsole.Sandbox.Accounts;

namespace EcsConsole.Sandbox.Tests.Accounts;

public sealed class TrustPolicyTests
{
    private const string Caller = "000000000000";

    [Theory]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::000000000000:root"},"Action":"sts:AssumeRole"}]}""", true)]
    [InlineData("""{"Statement":{"Effect":"Allow","Principal":{"AWS":"000000000000"},"Action":["sts:TagSession","sts:AssumeRole"]}}""", true)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::111111111111:root","arn:aws:iam::000000000000:user/sandbox"]},"Action":"sts:*"}]}""", true)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}]}""", true)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}]}""", false)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}""", false)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"AWS":"000000000000"},"Action":"sts:AssumeRoleWithSAML"}]}""", false)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"AWS":"000000000000"},"Action":"sts:AssumeRole"},{"Effect":"Deny","Principal":"*","Action":"*"}]}""", false)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"AWS":"000000000000"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}""", false)]
    [InlineData("not json", false)]
    public void Allows_CallerFromTheDefaultAccount(string policy, bool allowed) =>
        Assert.Equal(allowed, TrustPolicy.Allows(policy, Caller, ["arn:aws:iam::000000000000:user/sandbox"], null));

    [Theory]
    [InlineData(null, false)]
    [InlineData("other", false)]
    [InlineData("ext-1", true)]
    [InlineData("ext-2", true)]
    public void Allows_ExternalIdCondition_OnlyWithAListedId(string? externalId, bool allowed)
    {
        const string Policy = """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"000000000000"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":["ext-1","ext-2"]}}}]}""";

        Assert.Equal(allowed, TrustPolicy.Allows(Policy, Caller, [], externalId));
    }

    [Fact]
    public void Trusting_WithExternalId_WritesTheCondition()
    {
        var policy = TrustPolicy.Trusting("000000000000", "abc-1");

        Assert.Equal("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::000000000000:root"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"abc-1"}}}]}""", policy);
    }
}
