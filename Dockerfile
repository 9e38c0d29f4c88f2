# syntax=docker/dockerfile:1
# EcsConsole: multi-stage build (SDK -> ASP.NET Core runtime), runs as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first so the package layer is cached while sources change.
COPY EcsConsole.sln Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/EcsConsole.Aws/EcsConsole.Aws.csproj src/EcsConsole.Aws/
COPY src/EcsConsole.Core/EcsConsole.Core.csproj src/EcsConsole.Core/
COPY src/EcsConsole.Sandbox/EcsConsole.Sandbox.csproj src/EcsConsole.Sandbox/
COPY src/EcsConsole.Web/EcsConsole.Web.csproj src/EcsConsole.Web/
RUN dotnet restore src/EcsConsole.Web/EcsConsole.Web.csproj
COPY appsettings.json ./
COPY src/ src/
RUN dotnet publish src/EcsConsole.Web/EcsConsole.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# curl for the HEALTHCHECK; the aspnet image has no HTTP client of its own.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /app/data && chown app:app /app/data
COPY --from=build --chown=app:app /app ./
# The base image's non-root user (uid 1654).
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_RUNNING_IN_CONTAINER=true \
    Store__ConnectionString="Data Source=/app/data/ecsconsole.db"
EXPOSE 8080
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD curl --fail --silent http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "EcsConsole.Web.dll"]
