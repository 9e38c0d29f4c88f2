using System.Net;
using System.Text.Json;
using EcsConsole.Aws;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using EcsConsole.Core.Text;

namespace EcsConsole.Core.Tests.Text;

public sealed class SentencesTests
{
    [Theory]
    [InlineData("Rate exceeded", "Rate exceeded.")]
    [InlineData("Rate exceeded.", "Rate exceeded.")]
    [InlineData("Rate exceeded..  ", "Rate exceeded.")]
    [InlineData("Is it there?", "Is it there?")]
    [InlineData("Reading…", "Reading…")]
    [InlineData("  ", "")]
    [InlineData(null, "")]
    public void End_AnyEnding_EndsWithExactlyOneStop(string? text, string expected) =>
        Assert.Equal(expected, Sentences.End(text));

    [Fact]
    public void Join_PartsWithAndWithoutStops_OneStopEachAndEmptyPartsLeftOut() =>
        Assert.Equal(
            "Policy p does not exist or is not attachable. Fix the cause and roll back again.",
            Sentences.Join("Policy p does not exist or is not attachable.", null, "", "Fix the cause and roll back again"));

    [Fact]
    public void AwsProblemToString_AwsMessageEndingInAStop_HasNoDoubledStop()
    {
        // The sandbox's own words for a detached policy; composed as "message. Advice" it read "attachable.. Check".
        var failure = new AwsServiceException("IAM", "AttachRolePolicy", "NoSuchEntity", "Policy arn:aws:iam::aws:policy/x does not exist or is not attachable.", "req-9", HttpStatusCode.NotFound);

        var text = AwsProblems.Describe(new FleetReadException("Attaching the policy", failure)).ToString();

        Assert.DoesNotContain("..", text);
        Assert.Contains("is not attachable. AWS does not know this resource", text);
    }

    [Fact]
    public void AwsProblemToString_JsonExceptionEndingInPosition_HasNoDoubledStop()
    {
        // What the wire reader said about tasks[].containers[].cpu sent as a number: it ended "BytePositionInLine: 921.".
        var failure = new JsonException("The JSON value could not be converted to System.String. Path: $.tasks[0].containers[0].cpu | LineNumber: 0 | BytePositionInLine: 921.");

        var text = AwsProblems.Describe(new FleetReadException("DescribeTasks in cluster prod", failure)).ToString();

        Assert.DoesNotContain("..", text);
        Assert.Contains("BytePositionInLine: 921. The console could not read", text);
    }
}
