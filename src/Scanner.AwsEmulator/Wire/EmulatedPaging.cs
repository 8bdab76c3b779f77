using Scanner.AwsEmulator.Handlers;
using Scanner.AwsEmulator.Validation;

namespace Scanner.AwsEmulator.Wire;

/// <summary>Small pages with opaque tokens the emulator issued, so every client has to follow next-tokens.</summary>
internal static class EmulatedPaging
{
    public static (IReadOnlyList<T> Page, string? NextToken) Page<T>(IReadOnlyList<T> items, string? token, int? maxResults, EmulatedContext ctx)
    {
        var scope = $"{ctx.Operation}/{ctx.Caller.Id}/{ctx.Region}";
        var offset = 0;
        if (!string.IsNullOrEmpty(token))
            offset = ctx.Tokens.Resolve(scope, token) ?? throw new EmulatedViolationException(new(ViolationKind.InvalidNextToken, "nextToken",
                "The specified value for nextToken is not valid: it was not issued by this service for this list."));
        var size = Math.Min(ctx.PageSize, maxResults is > 0 ? maxResults.Value : int.MaxValue);
        var page = items.Skip(offset).Take(size).ToList();
        var next = offset + size < items.Count ? ctx.Tokens.Issue(scope, offset + size) : null;
        return (page, next);
    }
}
