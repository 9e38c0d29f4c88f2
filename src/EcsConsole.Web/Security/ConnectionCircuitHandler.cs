using EcsConsole.Core.Connection;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace EcsConsole.Web.Security;

/// <summary>
/// Runs everything a circuit does (each event, render and JS call) under the session's own connection and region
/// (<see cref="CurrentConnection"/>), so every AWS client and every stored record of this user acts there, whatever
/// other users chose. The HTTP half is <see cref="ConnectionMiddleware"/>.
/// </summary>
internal sealed class ConnectionCircuitHandler(CurrentConnection current) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var ambient = await current.PrepareAsync(CancellationToken.None);
            using (ambient.Enter())
            {
                await next(context);
            }
        };
}

/// <summary>The HTTP half of <see cref="ConnectionCircuitHandler"/>: prerendering and HTTP endpoints (exports) run under the session's connection.</summary>
internal static class ConnectionMiddleware
{
    public static WebApplication UseSessionConnection(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                await next(context);
                return;
            }
            var ambient = await context.RequestServices.GetRequiredService<CurrentConnection>().PrepareAsync(context.RequestAborted);
            using (ambient.Enter())
            {
                await next(context);
            }
        });
        return app;
    }
}
