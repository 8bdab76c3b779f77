using System.Text.RegularExpressions;

namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// Cleans service error messages before they reach exceptions, logs and diagnostics. Signature errors echo the
/// canonical request and string to sign, which contain every signed header value, the session token included:
/// everything from those markers on is dropped. Anything else that looks like a credential is withheld too: access
/// key ids (<c>AKIA…</c>, <c>ASIA…</c>), <c>name=value</c> pairs whose name says token, signature, credential, secret
/// or password, bearer tokens, and long base64 runs mixing letters and digits (secret keys, session tokens).
/// Messages are also bounded in length and kept on one line.
/// </summary>
public static partial class AwsErrorMessage
{
    private const int MaxLength = 500;
    private const string Withheld = "(withheld)";
    private static readonly string[] Markers = ["The Canonical String for this request", "The String-to-Sign should have been", "Authorization="];

    public static string Sanitize(string? message)
    {
        var m = (message ?? "").Trim();
        foreach (var marker in Markers)
        {
            var i = m.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (i >= 0) m = m[..i].TrimEnd() + " (details withheld)";
        }
        m = SecretPair().Replace(m, x => x.Groups["name"].Value + x.Groups["sep"].Value + Withheld);
        m = Bearer().Replace(m, "Bearer " + Withheld);
        m = AccessKeyId().Replace(m, Withheld);
        m = Base64Run().Replace(m, x => LooksRandom(x.Value) ? Withheld : x.Value);
        m = new string(m.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return m.Length > MaxLength ? m[..MaxLength] + "…" : m;
    }

    private static bool LooksRandom(string run) =>
        run.Any(char.IsAsciiDigit) && run.Any(char.IsAsciiLetterUpper) && run.Any(char.IsAsciiLetterLower);

    [GeneratedRegex(@"(?<name>[A-Za-z0-9_.-]*(token|signature|credential|secret|password|passwd|apikey|api_key)[A-Za-z0-9_.-]*)(?<sep>\s*[=:]\s*""?)[^\s""&,;]+", RegexOptions.IgnoreCase)]
    private static partial Regex SecretPair();

    [GeneratedRegex(@"\bBearer\s+[A-Za-z0-9._~+/=-]+", RegexOptions.IgnoreCase)]
    private static partial Regex Bearer();

    [GeneratedRegex(@"\b(AKIA|ASIA)[A-Z0-9]{16}\b")]
    private static partial Regex AccessKeyId();

    [GeneratedRegex(@"[A-Za-z0-9+/=]{40,}")]
    private static partial Regex Base64Run();
}
