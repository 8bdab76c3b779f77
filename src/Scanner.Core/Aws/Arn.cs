namespace Scanner.Core.Aws;

/// <summary>A parsed ARN: <c>arn:partition:service:region:account:resource</c>.</summary>
public sealed record Arn(string Partition, string Service, string Region, string AccountId, string Resource)
{
    public static Arn? TryParse(string? text)
    {
        if (text is null || !text.StartsWith("arn:", StringComparison.Ordinal)) return null;
        var parts = text.Split(':', 6);
        return parts.Length < 6 ? null : new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]);
    }

    /// <summary>The last path segment of the resource part (<c>rcfg-…</c> of <c>resourceconfiguration/rcfg-…</c>).</summary>
    public string ResourceId
    {
        get
        {
            var i = Resource.LastIndexOfAny(['/', ':']);
            return i < 0 ? Resource : Resource[(i + 1)..];
        }
    }

    /// <summary>The account in an ARN, or null when the text is not an ARN or names no account (S3 buckets).</summary>
    public static string? AccountOf(string? text) =>
        TryParse(text) is { AccountId.Length: > 0 } arn ? arn.AccountId : null;

    public override string ToString() => $"arn:{Partition}:{Service}:{Region}:{AccountId}:{Resource}";
}
