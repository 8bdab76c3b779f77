using System.Globalization;

namespace Scanner.FakeAws.Wire;

/// <summary>Small pages with opaque tokens, so every client has to follow next-tokens.</summary>
internal static class FakePaging
{
    public static (IReadOnlyList<T> Page, string? NextToken) Page<T>(IReadOnlyList<T> items, string? token, int? maxResults, int pageSize)
    {
        var offset = 0;
        if (!string.IsNullOrEmpty(token))
        {
            if (!token.StartsWith("tok-", StringComparison.Ordinal) || !int.TryParse(token[4..], NumberStyles.None, CultureInfo.InvariantCulture, out offset))
                throw new FakeBadRequestException("InvalidNextTokenException", "The specified value for nextToken is not valid.");
        }
        var size = Math.Min(pageSize, maxResults is > 0 ? maxResults.Value : int.MaxValue);
        var page = items.Skip(offset).Take(size).ToList();
        var next = offset + size < items.Count ? "tok-" + (offset + size).ToString(CultureInfo.InvariantCulture) : null;
        return (page, next);
    }
}
