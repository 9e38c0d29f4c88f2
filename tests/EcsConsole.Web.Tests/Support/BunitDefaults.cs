using System.Runtime.CompilerServices;
using Bunit;

namespace EcsConsole.Web.Tests.Support;

internal static class BunitDefaults
{
    // bUnit waits 1 s by default; on a loaded 2-core CI machine a render can take longer than that, and a wait that
    // succeeds early costs nothing, so every WaitFor* in this assembly gets a generous ceiling instead.
#pragma warning disable CA2255 // a test assembly is the one place where a module initializer is the right tool
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(15);
}
