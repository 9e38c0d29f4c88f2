using System.Text.Json.Nodes;
using System.Xml.Linq;
using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Conformance;

public sealed class QueryValidatorTests
{
    private static readonly Lazy<ServiceModel> Sts = new(() => ServiceModel.Load("sts"));

    private static readonly Lazy<ServiceModel> Inline = new(() => ServiceModel.Parse(JsonNode.Parse("""
        {"metadata":{"protocol":"query","apiVersion":"2020-01-08","xmlNamespace":"https://example.com/doc/"},
         "operations":{"Put":{"name":"Put","input":{"shape":"PutInput"},"output":{"shape":"PutOutput","resultWrapper":"PutResult"}}},
         "shapes":{
           "PutInput":{"type":"structure","members":{
             "Labels":{"shape":"Labels"},"Flat":{"shape":"FlatList"},"Renamed":{"shape":"Str","locationName":"Other"},
             "Attrs":{"shape":"Attrs"},"Count":{"shape":"Int"},"When":{"shape":"Time"},"On":{"shape":"Bool"}}},
           "PutOutput":{"type":"structure","members":{"Labels":{"shape":"Labels"},"Flat":{"shape":"FlatList"},"Attrs":{"shape":"Attrs"},"Count":{"shape":"Int"}}},
           "Labels":{"type":"list","member":{"shape":"Str"}},
           "FlatList":{"type":"list","member":{"shape":"Str","locationName":"Item"},"flattened":true},
           "Attrs":{"type":"map","key":{"shape":"Str"},"value":{"shape":"Str"}},
           "Str":{"type":"string"},"Int":{"type":"integer"},"Time":{"type":"timestamp"},"Bool":{"type":"boolean"}}}
        """)!));

    [RequiresAwsModelsFact]
    public void ValidateQueryInput_ValidAssumeRole_NoViolations()
    {
        var form = new Dictionary<string, string>
        {
            ["Action"] = "AssumeRole",
            ["Version"] = "2011-06-15",
            ["RoleArn"] = "arn:aws:iam::123456789012:role/ops",
            ["RoleSessionName"] = "console",
            ["DurationSeconds"] = "3600",
            ["Tags.member.1.Key"] = "team",
            ["Tags.member.1.Value"] = "web",
            ["Tags.member.2.Key"] = "env",
            ["Tags.member.2.Value"] = "prod",
        };

        Assert.Empty(Sts.Value.ValidateQueryInput("AssumeRole", form));
    }

    [RequiresAwsModelsFact]
    public void ValidateQueryInput_WrongVersionAndMissingRequired_ReportsBoth()
    {
        var form = new Dictionary<string, string> { ["Action"] = "AssumeRole", ["Version"] = "2012-01-01", ["RoleArn"] = "arn:aws:iam::1:role/x" };

        var errors = Sts.Value.ValidateQueryInput("AssumeRole", form);

        Assert.Contains("Version: '2012-01-01' should be '2011-06-15'", errors);
        Assert.Contains("RoleSessionName: required member of AssumeRoleRequest is missing", errors);
    }

    [RequiresAwsModelsFact]
    public void ValidateQueryInput_ListWithoutMemberSegment_ReportsIt()
    {
        var form = new Dictionary<string, string>
        {
            ["Action"] = "AssumeRole", ["Version"] = "2011-06-15", ["RoleArn"] = "arn:aws:iam::1:role/x", ["RoleSessionName"] = "s",
            ["Tags.1.Key"] = "team", ["Tags.1.Value"] = "web",
        };

        Assert.Contains(Sts.Value.ValidateQueryInput("AssumeRole", form), e => e.StartsWith("Tags.1: list tagListType items go under '.member.N'", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateQueryInput_WrongCaseMember_ReportsModelSpelling()
    {
        var form = new Dictionary<string, string> { ["Action"] = "AssumeRole", ["Version"] = "2011-06-15", ["roleArn"] = "a", ["RoleArn"] = "arn:aws:iam::1:role/x", ["RoleSessionName"] = "s" };

        Assert.Contains(Sts.Value.ValidateQueryInput("AssumeRole", form), e => e.StartsWith("roleArn:", StringComparison.Ordinal) && e.Contains("'RoleArn'", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateQueryInput_InlineModelAllShapes_NoViolations()
    {
        var form = new Dictionary<string, string>
        {
            ["Action"] = "Put", ["Version"] = "2020-01-08",
            ["Labels.member.1"] = "a", ["Labels.member.2"] = "b", ["Flat.1"] = "x", ["Other"] = "renamed",
            ["Attrs.entry.1.key"] = "k", ["Attrs.entry.1.value"] = "v", ["Count"] = "-3",
            ["When"] = "2026-11-27T10:00:00Z", ["On"] = "true",
        };

        Assert.Empty(Inline.Value.ValidateQueryInput("Put", form));
    }

    [Fact]
    public void ValidateQueryInput_IndexGapAndBadScalars_ReportsEach()
    {
        var form = new Dictionary<string, string>
        {
            ["Action"] = "Put", ["Version"] = "2020-01-08",
            ["Labels.member.1"] = "a", ["Labels.member.3"] = "c", ["Count"] = "many", ["On"] = "True", ["When"] = "yesterday",
            ["Renamed"] = "old name",
        };

        var errors = Inline.Value.ValidateQueryInput("Put", form);

        Assert.Contains(errors, e => e.StartsWith("Labels.member: indexes must run 1..2", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Count: 'many' is not an integer", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("On: 'True' is not 'true' or 'false'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("When: 'yesterday' is not a iso8601 timestamp", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Renamed: 'Renamed' is not a member", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateQueryOutputXml_ValidGetCallerIdentity_NoViolations()
    {
        var xml = XDocument.Parse("""
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <GetCallerIdentityResult>
                <Arn>arn:aws:iam::123456789012:user/alice</Arn><UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account>
              </GetCallerIdentityResult>
              <ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata>
            </GetCallerIdentityResponse>
            """);

        Assert.Empty(Sts.Value.ValidateQueryOutputXml("GetCallerIdentity", xml));
    }

    [RequiresAwsModelsFact]
    public void ValidateQueryOutputXml_WrongNamespaceAndMember_ReportsBoth()
    {
        var xml = XDocument.Parse("""
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2012-01-01/">
              <GetCallerIdentityResult><account>123456789012</account></GetCallerIdentityResult>
            </GetCallerIdentityResponse>
            """);

        var errors = Sts.Value.ValidateQueryOutputXml("GetCallerIdentity", xml);

        Assert.Contains(errors, e => e.Contains("namespace", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/GetCallerIdentityResponse/GetCallerIdentityResult/account:", StringComparison.Ordinal) && e.Contains("'Account'", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateQueryOutputXml_MissingResultWrapper_ReportsIt()
    {
        var xml = XDocument.Parse("""<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Account>1</Account></GetCallerIdentityResponse>""");

        Assert.Contains(Sts.Value.ValidateQueryOutputXml("GetCallerIdentity", xml), e => e.Contains("GetCallerIdentityResult: expected exactly one", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateQueryOutputXml_MissingRequiredCredential_ReportsIt()
    {
        var xml = XDocument.Parse("""
            <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>
              <Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId><SecretAccessKey>s</SecretAccessKey><Expiration>2026-11-27T11:00:00Z</Expiration></Credentials>
            </AssumeRoleResult></AssumeRoleResponse>
            """);

        Assert.Contains("/AssumeRoleResponse/AssumeRoleResult/Credentials/SessionToken: required member of Credentials is missing", Sts.Value.ValidateQueryOutputXml("AssumeRole", xml));
    }

    [Fact]
    public void ValidateQueryOutputXml_InlineListsAndMaps_ChecksStructure()
    {
        var valid = XDocument.Parse("""
            <PutResponse xmlns="https://example.com/doc/"><PutResult>
              <Labels><member>a</member><member>b</member></Labels><Flat>x</Flat><Flat>y</Flat>
              <Attrs><entry><key>k</key><value>v</value></entry></Attrs><Count>4</Count>
            </PutResult></PutResponse>
            """);
        var invalid = XDocument.Parse("""
            <PutResponse xmlns="https://example.com/doc/"><PutResult>
              <Labels><item>a</item></Labels><Attrs><entry><key>k</key></entry></Attrs><Count>4.5</Count><Count>5</Count>
            </PutResult></PutResponse>
            """);

        Assert.Empty(Inline.Value.ValidateQueryOutputXml("Put", valid));
        var errors = Inline.Value.ValidateQueryOutputXml("Put", invalid);
        Assert.Contains(errors, e => e.Contains("/Labels/item: expected only <member> children", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("/Attrs/entry[1]/value: expected exactly one, found 0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("/Count: appears 2 times", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'4.5' is not an integer", StringComparison.Ordinal));
    }

    [RequiresAwsModelsFact]
    public void ValidateQueryErrorXml_KnownAndUnknownCodes_ReportsOnlyUnknown()
    {
        static XDocument Error(string code) => XDocument.Parse($"""
            <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <Error><Type>Sender</Type><Code>{code}</Code><Message>no</Message></Error><RequestId>r-1</RequestId>
            </ErrorResponse>
            """);

        Assert.Empty(Sts.Value.ValidateQueryErrorXml("AssumeRole", Error("ExpiredTokenException")));
        Assert.Empty(Sts.Value.ValidateQueryErrorXml("AssumeRole", Error("InvalidClientTokenId")));
        Assert.Contains(Sts.Value.ValidateQueryErrorXml("AssumeRole", Error("ClusterNotFoundException")), e => e.Contains("neither", StringComparison.Ordinal));
    }
}
