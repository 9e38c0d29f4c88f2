using System.Runtime.CompilerServices;

namespace EcsConsole.Aws.Query;

/// <summary>
/// Lazy Marker paging shared by the typed Query clients (the twin of <c>AwsJsonPaging</c>): one request per page, only
/// when the caller asks for more items, until the service stops returning a marker.
/// </summary>
internal static class AwsQueryPaging
{
    public static async IAsyncEnumerable<TItem> PageAsync<TRequest, TResponse, TItem>(
        AwsQueryClient query,
        AwsServiceDescriptor service,
        string operation,
        QueryShape inputShape,
        TRequest request,
        QueryShape outputShape,
        Func<TResponse, IReadOnlyList<TItem>?> items,
        Func<TResponse, string?> nextMarker,
        Func<TRequest, string?, TRequest> withMarker,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var current = request;
        string? marker;
        do
        {
            var page = await query.InvokeAsync<TRequest, TResponse>(
                service, operation, inputShape, current, outputShape, cancellationToken).ConfigureAwait(false);
            foreach (var item in items(page) ?? [])
            {
                yield return item;
            }

            marker = nextMarker(page);
            current = withMarker(current, marker);
        }
        while (!string.IsNullOrEmpty(marker));
    }
}
