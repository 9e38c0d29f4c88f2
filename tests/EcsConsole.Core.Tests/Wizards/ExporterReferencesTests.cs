using System.Diagnostics;
using System.Text.Json.Nodes;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Export;
using EcsConsole.Core.Wizards.Export.CloudFormation;

namespace EcsConsole.Core.Tests.Wizards;

/// <summary>How both exporters carry one call's outputs into later calls.</summary>
public sealed class ExporterReferencesTests
{
    [Fact]
    public void AwsCliScript_CallWithOutputs_CapturesThemAndLaterCallsUseTheVariable()
    {
        var script = AwsCliScriptExporter.Export(WizardReferencesRunnerTests.Plan("alb"));

        Assert.Contains("Thing_out=$(aws demo get-thing --name 'alb' ${ENDPOINT_ARGS} --query 'Thing.Arn' --output text 2>/dev/null || true)", script, StringComparison.Ordinal);
        Assert.Contains("read -r Thing_Arn <<< \"${Thing_out}\" || true", script, StringComparison.Ordinal);
        Assert.Contains("--thing-arn \"${Thing_Arn}\"", script, StringComparison.Ordinal);
        Assert.Contains("--description 'listener on '\"${Thing_Arn}\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void AwsCliScript_RunWithAFakeCli_PassesTheCreatedArnOnAndSkipsCreateWhenTheLookupFindsIt()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/bin/bash"))
        {
            throw new PlatformNotSupportedException("bash on Linux is needed to run the exported script");
        }

        var script = AwsCliScriptExporter.Export(WizardReferencesRunnerTests.Plan("alb"));
        var directory = Directory.CreateTempSubdirectory("cli-refs");
        try
        {
            // A stand-in `aws` that logs its arguments and answers the demo service's calls.
            var log = Path.Combine(directory.FullName, "calls.log");
            var fake = Path.Combine(directory.FullName, "aws");
            File.WriteAllText(fake, $$"""
                #!/bin/bash
                echo "$*" >> '{{log}}'
                case "$2" in
                  get-thing) if [ -n "${THING_EXISTS:-}" ]; then echo arn:demo:thing/existing; else echo None; fi ;;
                  create-thing) echo arn:demo:thing/new ;;
                esac
                """.Replace("\r", "", StringComparison.Ordinal));
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var path = Path.Combine(directory.FullName, "plan.sh");
            File.WriteAllText(path, script);

            Run(path, directory.FullName, thingExists: false);
            var fresh = File.ReadAllLines(log);
            File.Delete(log);
            Run(path, directory.FullName, thingExists: true);
            var again = File.ReadAllLines(log);

            Assert.Contains(fresh, l => l.StartsWith("demo create-thing --name alb", StringComparison.Ordinal));
            Assert.Contains(fresh, l => l.StartsWith("demo create-link --name listener --thing-arn arn:demo:thing/new --description listener on arn:demo:thing/new", StringComparison.Ordinal));
            Assert.DoesNotContain(again, l => l.Contains("create-thing", StringComparison.Ordinal));
            Assert.Contains(again, l => l.Contains("--thing-arn arn:demo:thing/existing", StringComparison.Ordinal));
        }
        finally
        {
            directory.Delete(true);
        }
    }

    [Fact]
    public void CloudFormation_References_BecomeRefGetAttAndSub()
    {
        var template = JsonNode.Parse(CloudFormationExporter.Export(WizardReferencesRunnerTests.Plan("alb"), DemoMapping()))!;

        var link = template["Resources"]!["LinkListener"]!["Properties"]!;
        Assert.Equal("Thing", link["ThingArn"]!["Fn::GetAtt"]![0]!.GetValue<string>());
        Assert.Equal("Arn", link["ThingArn"]!["Fn::GetAtt"]![1]!.GetValue<string>());
        Assert.Equal("listener on ${Thing.Arn}", link["Description"]!["Fn::Sub"]!.GetValue<string>());
        Assert.Equal("Thing", template["Outputs"]!["ThingArn"]!["Value"]!["Fn::GetAtt"]![0]!.GetValue<string>());
    }

    [Fact]
    public void AwsCliScript_ReferenceWithAMarker_CutsTheVariableAtTheMarkerInBash()
    {
        Assert.Equal("'label=''app/'\"${LoadBalancer_Arn#*app/}\"",
            AwsCliScriptExporter.QuoteWithReferences("label=${LoadBalancer.Arn@app/}", new HashSet<string> { "LoadBalancer" }));
    }

    [Fact]
    public void CloudFormation_OutputTheMapperDidNotDeclare_ThrowsNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            CloudFormationExporter.Export(WizardReferencesRunnerTests.Plan("alb"), DemoMapping(declare: false)));

        Assert.Contains("${Thing.Arn}", error.Message, StringComparison.Ordinal);
    }

    private static void Run(string script, string directory, bool thingExists)
    {
        var start = new ProcessStartInfo("/bin/bash", [script]) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["PATH"] = directory + ":" + Environment.GetEnvironmentVariable("PATH");
        if (thingExists)
        {
            start.Environment["THING_EXISTS"] = "1";
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"the script failed: {error}");
    }

    private static Func<PlannedCall, CloudFormationMapping?> DemoMapping(bool declare = true) => call => call.Service != "demo" ? null : (call, body, template) =>
    {
        var id = call.Key ?? CloudFormationExporter.LogicalId(body["Name"]!.GetValue<string>(), "Link");
        template.AddResource(id == "ListenerLink" ? "LinkListener" : id, "Demo::" + call.Operation, body);
        if (declare && call.Key is { } key)
        {
            template.DeclareOutput(key, "Arn", "Arn");
        }
    };
}
