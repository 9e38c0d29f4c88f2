using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using EcsConsole.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Security.Tests.Support;

/// <summary>
/// The real app, built exactly as <c>Program</c> builds it, on a free loopback port in sandbox mode with a throw-away
/// store. Log lines are captured so tests can check what start-up printed.
/// </summary>
public sealed partial class TestWebApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _ownsStore;

    private TestWebApp(WebApplication app, string storeDirectory, bool ownsStore, CapturingLoggerProvider logs)
    {
        _app = app;
        StoreDirectory = storeDirectory;
        _ownsStore = ownsStore;
        Logs = logs;
    }

    public string StoreDirectory { get; }

    public CapturingLoggerProvider Logs { get; }

    public Uri BaseAddress => new(_app.Urls.First());

    public IServiceProvider Services => _app.Services;

    /// <param name="environment">Development allows the session cookie over http; anything else demands TLS.</param>
    /// <param name="storeDirectory">Reuse a store (to start "again"); null makes a fresh one that is deleted on dispose.</param>
    public static async Task<TestWebApp> StartAsync(string environment = "Development", string? storeDirectory = null, params string[] extraArgs)
    {
        var ownsStore = storeDirectory is null;
        storeDirectory ??= Directory.CreateTempSubdirectory("ecsconsole-sec-web-").FullName;
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--Aws:Mode=Sandbox",
            "--Sandbox:Url=http://127.0.0.1:0",
            $"--Store:ConnectionString=Data Source={Path.Combine(storeDirectory, "ecsconsole.db")}",
            "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning",
            // Test classes share one app and sign in far more often than a person; tests of the limits set their own.
            "--Auth:SignInRateLimit:PerClient=10000",
            "--Auth:SignInRateLimit:PerUserName=10000",
            .. extraArgs,
        ];
        var options = new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = environment,
            ApplicationName = typeof(EcsConsoleHost).Assembly.GetName().Name,
            ContentRootPath = WebProjectDirectory(),
        };
        var app = EcsConsoleHost.Build(args, options);
        var logs = new CapturingLoggerProvider();
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        await app.StartAsync();
        return new TestWebApp(app, storeDirectory, ownsStore, logs);
    }

    /// <summary>A client that does not follow redirects and keeps cookies, like a browser that reports each hop.</summary>
    public HttpClient CreateClient(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer(), UseCookies = true })
        {
            BaseAddress = BaseAddress,
        };

    /// <summary>Loads the sign-in page and returns the antiforgery token of its form (the cookie half lands in the client's jar).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page = "/account/signin")
    {
        var html = await client.GetStringAsync(page);
        var match = TokenInput().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token input.");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password, string? returnUrl = "/", string? forwardedFor = null)
    {
        var token = await AntiforgeryTokenAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/signin/password")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["UserName"] = userName,
                ["Password"] = password,
                ["ReturnUrl"] = returnUrl ?? string.Empty,
            }),
        };
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }

    /// <summary>The session cookie the client holds now, to replay later from another client.</summary>
    public string SessionCookie(CookieContainer cookies) =>
        cookies.GetCookies(BaseAddress).Single(c => c.Name == "EcsConsole.Session").Value;

    /// <summary>A fresh client that sends only the given session cookie, as an attacker with a copied cookie would.</summary>
    public HttpClient ClientWithSessionCookie(string value)
    {
        var cookies = new CookieContainer();
        cookies.Add(BaseAddress, new Cookie("EcsConsole.Session", value));
        return CreateClient(cookies);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsStore) Directory.Delete(StoreDirectory, recursive: true);
    }

    // Development mode resolves static web assets from the project tree, like `dotnet run`.
    private static string WebProjectDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EcsConsole.sln"))) directory = directory.Parent;
        return directory is null ? AppContext.BaseDirectory : Path.Combine(directory.FullName, "src", "EcsConsole.Web");
    }

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="(?<value>[^"]+)"|value="(?<value>[^"]+)"[^>]*name="__RequestVerificationToken" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex TokenInput();
}

/// <summary>Keeps every formatted log line, for assertions about what the app printed.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message)> _lines = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) lines.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}
