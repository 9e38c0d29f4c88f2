using EcsConsole.Web.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace EcsConsole.Web.Tests.Configuration;

public sealed class AppSettingsBesideBinariesTests
{
    [Fact]
    public void AddAppSettingsBesideBinaries_ContentRootElsewhere_ReadsCopiedFile()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath() });

        builder.AddAppSettingsBesideBinaries();

        Assert.Equal("eu-west-1", builder.Configuration["Sandbox:Region"]);
    }

    [Fact]
    public void AddAppSettingsBesideBinaries_CommandLineGiven_CommandLineStillWins()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = Path.GetTempPath(),
            Args = ["--Sandbox:Region=ap-south-1"],
        });

        builder.AddAppSettingsBesideBinaries();

        Assert.Equal("ap-south-1", builder.Configuration["Sandbox:Region"]);
    }
}
