namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// Cleans service error messages before they reach exceptions, logs and diagnostics. Signature errors echo the
/// canonical request and string to sign, which contain every signed header value, the session token included:
/// everything from those markers on is dropped. Messages are also bounded in length.
/// </summary>
public static class AwsErrorMessage
{
    private const int MaxLength = 500;
    private static readonly string[] Markers = ["The Canonical String for this request", "The String-to-Sign should have been", "Authorization="];

    public static string Sanitize(string? message)
    {
        var m = (message ?? "").Trim();
        foreach (var marker in Markers)
        {
            var i = m.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (i >= 0) m = m[..i].TrimEnd() + " (details withheld)";
        }
        m = m.Replace('\n', ' ').Replace('\r', ' ');
        return m.Length > MaxLength ? m[..MaxLength] + "…" : m;
    }
}
