using System.Runtime.CompilerServices;

namespace EcsConsole.Aws.Json;

/// <summary>
/// Lazy token paging shared by the typed JSON clients: one request per page, only when the caller asks for more
/// items, until the service stops returning a token.
/// </summary>
internal static class AwsJsonPaging
{
    public static async IAsyncEnumerable<TItem> PageAsync<TRequest, TResponse, TItem>(
        AwsJsonClient json,
        AwsServiceDescriptor service,
        string operation,
        TRequest request,
        Func<TResponse, IReadOnlyList<TItem>?> items,
        Func<TResponse, string?> nextToken,
        Func<TRequest, string?, TRequest> withToken,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var current = request;
        string? token;
        do
        {
            var page = await json.InvokeAsync<TRequest, TResponse>(service, operation, current, cancellationToken).ConfigureAwait(false);
            foreach (var item in items(page) ?? [])
            {
                yield return item;
            }

            token = nextToken(page);
            current = withToken(current, token);
        }
        while (!string.IsNullOrEmpty(token));
    }
}
