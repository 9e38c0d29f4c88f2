namespace EcsConsole.Sandbox.Quirks;

/// <summary>The page a web server or proxy in front of an endpoint sends when the service behind it fails: HTML, not AWS's error envelope.</summary>
internal static class HtmlErrorPage
{
    public const int Status = 500;

    public const string ContentType = "text/html; charset=utf-8";

    public const string Body =
        "<!doctype html><html><head><title>Internal Server Error</title></head><body><h1>Internal Server Error</h1>"
        + "<p>The server encountered an internal error and was unable to complete your request.</p><hr><address>gateway</address></body></html>";
}
