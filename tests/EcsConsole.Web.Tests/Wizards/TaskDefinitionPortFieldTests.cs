using Bunit;
using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Core.Wizards.TaskDefinitions;
using EcsConsole.Web.Components.Pages.Wizards;
using EcsConsole.Web.Tests.Support;

namespace EcsConsole.Web.Tests.Wizards;

/// <summary>A bad container port is said on the port's own field as soon as it loses focus, not only at Next.</summary>
public sealed class TaskDefinitionPortFieldTests : ConsoleComponentTest
{
    private static readonly string FirstPort = TaskDefinitionWizardValidator.PortField(0, 0);

    private static TaskDefinitionWizardModel WithOnePort(int port)
    {
        var model = TaskDefinitionWizardModel.For(new TaskDefinitionWizardInput { Family = "reports", Region = "eu-west-1", Tags = [new WizardTag("team", "reports")] });
        if (model.Input.Containers.Count == 0)
        {
            model.AddContainer();
        }

        var container = model.Input.Containers[0];
        container.Ports.Clear();
        model.AddPort(container);
        container.Ports[0].ContainerPort = port;
        model.Step = 1;
        return model;
    }

    [Fact]
    public void CheckField_PortOutOfRange_NamesThatPortsField()
    {
        var model = WithOnePort(70000);

        model.CheckField(FirstPort);

        Assert.Contains("container port must be 1-65535, not 70000.", model.ErrorFor(FirstPort), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckField_PortCorrected_ClearsItsMessageOnly()
    {
        var model = WithOnePort(0);
        model.Input.Containers[0].Name = "bad name";
        model.Next();
        model.Input.Containers[0].Ports[0].ContainerPort = 8080;

        model.CheckField(FirstPort);

        Assert.Null(model.ErrorFor(FirstPort));
        Assert.NotNull(model.ErrorFor("Containers[0].Name"));
    }

    [Fact]
    public void ErrorsUnder_BadPort_LeavesItToThePortField()
    {
        var model = WithOnePort(0);

        model.Next();

        Assert.NotNull(model.ErrorFor(FirstPort));
        Assert.DoesNotContain(model.ErrorsUnder("Containers[0]"), m => m.Contains("1-65535", StringComparison.Ordinal));
    }

    [Fact]
    public void RemovePort_PortsAfterItMoveUp_DropsMessagesNamingTheOldPlaces()
    {
        var model = WithOnePort(8080);
        model.AddPort(model.Input.Containers[0]);
        model.Input.Containers[0].Ports[1].ContainerPort = 0;
        model.CheckField(TaskDefinitionWizardValidator.PortField(0, 1));

        model.RemovePort(0, model.Input.Containers[0].Ports[0]);

        Assert.Null(model.ErrorFor(TaskDefinitionWizardValidator.PortField(0, 1)));
        Assert.Null(model.ErrorFor(FirstPort));
    }

    [Fact]
    public void Render_PortFieldLosesFocusWithABadPort_MarksThatField()
    {
        var model = WithOnePort(8080);
        var editor = Context.Render<TaskDefinitionContainerEditor>(p => p
            .Add(s => s.Model, model)
            .Add(s => s.Container, model.Input.Containers[0])
            .Add(s => s.Index, 0));

        editor.Find("input[data-testid=td-port-0-0], [data-testid=td-port-0-0] input").Change("0");
        editor.Find("input[data-testid=td-port-0-0], [data-testid=td-port-0-0] input").Blur();

        Assert.Equal(0, model.Input.Containers[0].Ports[0].ContainerPort);
        Assert.Contains("container port must be 1-65535, not 0.", editor.Markup, StringComparison.Ordinal);
    }
}
