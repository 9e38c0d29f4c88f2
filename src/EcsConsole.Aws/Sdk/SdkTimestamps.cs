namespace EcsConsole.Aws.Sdk;

internal static class SdkTimestamps
{
    // The SDK parses wire timestamps to UTC but says so only through Kind; an unspecified kind is UTC too.
    public static DateTimeOffset? Utc(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Local } local => new DateTimeOffset(local.ToUniversalTime()),
        { } other => new DateTimeOffset(DateTime.SpecifyKind(other, DateTimeKind.Utc)),
    };
}
