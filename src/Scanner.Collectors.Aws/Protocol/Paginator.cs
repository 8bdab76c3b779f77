using System.Runtime.CompilerServices;

namespace Scanner.Collectors.Aws.Protocol;

/// <summary>Follows a next-token to the end, page after page, like the SDK paginators (an empty page with a token continues).</summary>
internal static class Paginator
{
    private const int MaxPages = 100_000;

    public static async IAsyncEnumerable<T> All<T>(Func<string?, CancellationToken, Task<(IReadOnlyList<T> Items, string? NextToken)>> page,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        string? token = null;
        for (var n = 0; n < MaxPages; n++)
        {
            var (items, next) = await page(token, ct).ConfigureAwait(false);
            foreach (var item in items) yield return item;
            if (string.IsNullOrEmpty(next)) yield break;
            if (next == token) throw new InvalidOperationException("The service returned the same next-token twice.");
            token = next;
        }
    }
}
