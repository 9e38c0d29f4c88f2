namespace EcsConsole.Web.Security;

/// <summary>The sign-in page's form fields.</summary>
public sealed class SignInForm
{
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
