using System.Text.Json.Nodes;
using EcsConsole.Core.Security;

namespace EcsConsole.Security.Tests;

public sealed class SecretRedactorTests
{
    private static JsonNode Redacted(object value) => JsonNode.Parse(SecretRedactor.RedactToJson(value)!)!;

    [Theory]
    [InlineData("password")]
    [InlineData("newPassword")]
    [InlineData("clientSecret")]
    [InlineData("secretAccessKey")]
    [InlineData("sessionToken")]
    [InlineData("apiKey")]
    [InlineData("privateKey")]
    public void RedactToJson_SecretPropertyName_MasksValue(string property)
    {
        var json = Redacted(new Dictionary<string, object> { [property] = "s3cr3t", ["cluster"] = "prod" });

        Assert.Equal(SecretRedactor.Mask, json[property]!.GetValue<string>());
        Assert.Equal("prod", json["cluster"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("DB_PASSWORD", true)]
    [InlineData("API_KEY", true)]
    [InlineData("signingKey", true)]
    [InlineData("GITHUB_TOKEN", true)]
    [InlineData("STRIPE_SECRET", true)]
    [InlineData("LOG_LEVEL", false)]
    [InlineData("KEYBOARD_LAYOUT", false)]
    [InlineData("MONKEY_COUNT", false)]
    public void RedactToJson_EnvironmentNameValuePair_MasksValueOnlyForSecretNames(string name, bool secret)
    {
        var json = Redacted(new { environment = new[] { new { name, value = "v4lue" } } });

        var value = json["environment"]![0]!["value"]!.GetValue<string>();
        Assert.Equal(secret ? SecretRedactor.Mask : "v4lue", value);
        Assert.Equal(name, json["environment"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void RedactToJson_TagsWithKeyAndValue_KeepsOrdinaryTagsAndMasksSecretOnes()
    {
        var json = Redacted(new { tags = new[] { new { key = "environment", value = "production" }, new { key = "deploy-token", value = "abc" } } });

        Assert.Equal("environment", json["tags"]![0]!["key"]!.GetValue<string>());
        Assert.Equal("production", json["tags"]![0]!["value"]!.GetValue<string>());
        Assert.Equal(SecretRedactor.Mask, json["tags"]![1]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void RedactToJson_SecretsArray_MasksValueFromButKeepsName()
    {
        var json = Redacted(new { containerDefinitions = new[] { new { secrets = new[] { new { name = "DB", valueFrom = "arn:aws:ssm:eu-west-1:000000000000:parameter/db" } } } } });

        var secret = json["containerDefinitions"]![0]!["secrets"]![0]!;
        Assert.Equal("DB", secret["name"]!.GetValue<string>());
        Assert.Equal(SecretRedactor.Mask, secret["valueFrom"]!.GetValue<string>());
    }

    [Fact]
    public void RedactToJson_JsonText_IsParsedAndRedacted()
    {
        var redacted = SecretRedactor.RedactToJson("""{"user":"ann","Password":"pw-123456789"}""")!;

        Assert.DoesNotContain("pw-123456789", redacted);
        Assert.Contains("ann", redacted);
    }

    [Fact]
    public void RedactToJson_NestedSecretObject_MasksWholeValue()
    {
        var redacted = SecretRedactor.RedactToJson(new { credentials = new { accessKeyId = "AKIA1", secretAccessKey = "wJal" } })!;

        Assert.DoesNotContain("wJal", redacted);
        Assert.DoesNotContain("AKIA1", redacted);
    }

    [Fact]
    public void RedactToJson_Null_StaysNull()
    {
        Assert.Null(SecretRedactor.RedactToJson(null));
    }

    [Theory]
    [InlineData("DB_PASSWORD", "x", "***")]
    [InlineData("PORT", "8080", "8080")]
    public void RedactValue_ByName_MasksSecretsOnly(string name, string value, string expected)
    {
        Assert.Equal(expected, SecretRedactor.RedactValue(name, value));
    }

    [Theory]
    [InlineData("DATABASE_URL", "postgres://app:pw@db.internal:5432/app", "postgres://***@db.internal:5432/app")]
    [InlineData("REDIS_URL", "redis://:hunter2@cache:6379/0", "redis://***@cache:6379/0")]
    [InlineData("UPSTREAMS", "http://a.internal https://u:p@b.internal/x", "http://a.internal https://***@b.internal/x")]
    [InlineData("SERVICE_URL", "https://api.example.com/v1?q=a@b", "https://api.example.com/v1?q=a@b")]
    public void RedactValue_CredentialsInsideUrl_AreMasked(string name, string value, string expected)
    {
        Assert.Equal(expected, SecretRedactor.RedactValue(name, value));
    }

    [Theory]
    [InlineData("DB_PASS")]
    [InlineData("SMTP_PW")]
    [InlineData("SENTRY_DSN")]
    [InlineData("dbPass")]
    public void RedactValue_ShortSecretNames_AreMasked(string name)
    {
        Assert.Equal(SecretRedactor.Mask, SecretRedactor.RedactValue(name, "https://key:secret@o1.ingest.sentry.io/2"));
    }

    [Theory]
    [InlineData("PASSPORT_OFFICE")]
    [InlineData("COMPASS_URL")]
    [InlineData("BYPASS_CACHE")]
    public void RedactValue_WordsThatOnlyContainPass_AreShown(string name)
    {
        Assert.Equal("on", SecretRedactor.RedactValue(name, "on"));
    }

    [Fact]
    public void RedactToJson_UrlWithCredentialsUnderHarmlessName_IsMasked()
    {
        var json = Redacted(new { environment = new[] { new { name = "DATABASE_URL", value = "postgres://app:pw@db/app" } }, command = new[] { "--db", "mysql://root:toor@db/x" } });

        Assert.Equal("postgres://***@db/app", json["environment"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("mysql://***@db/x", json["command"]![1]!.GetValue<string>());
        Assert.Equal("--db", json["command"]![0]!.GetValue<string>());
    }
}
