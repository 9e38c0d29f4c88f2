using EcsConsole.Sandbox.Faults;
using Microsoft.Extensions.Configuration;

namespace EcsConsole.Sandbox.Tests.Faults;

/// <summary>Faults and fleet scale come from configuration (appsettings or --Sandbox:... arguments), as the README says.</summary>
public sealed class FaultConfigurationTests
{
    [Fact]
    public void Bind_SandboxSectionWithFaultsAndScale_FillsBoth()
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(
        [
            "--Sandbox:Faults:LatencyMs=30", "--Sandbox:Faults:ThrottleShare=0.2", "--Sandbox:Faults:ServerErrorShare=0.05",
            "--Sandbox:Faults:TimeoutShare=0.01", "--Sandbox:Faults:Down=true",
            "--Sandbox:Scale:Clusters=10", "--Sandbox:Scale:ServicesPerCluster=200", "--Sandbox:Scale:TasksPerService=3",
            "--Sandbox:Scale:Repositories=50", "--Sandbox:Scale:ImagesPerRepository=100",
        ]).Build();

        var options = configuration.GetSection("Sandbox").Get<SandboxOptions>()!;

        Assert.Equal(new SandboxFaults { LatencyMs = 30, ThrottleShare = 0.2, ServerErrorShare = 0.05, TimeoutShare = 0.01, Down = true }, options.Faults);
        Assert.Equal(10, options.Scale.Clusters);
        Assert.Equal(200, options.Scale.ServicesPerCluster);
        Assert.Equal(3, options.Scale.TasksPerService);
        Assert.Equal(50, options.Scale.Repositories);
        Assert.Equal(100, options.Scale.ImagesPerRepository);
    }
}
