using System.Text;

namespace Scanner.Core.Findings;

/// <summary>
/// Fingerprints derived from what identifies a finding and nothing else: the rule id and the resource's stable
/// identity (ARN, or file path and IaC address). Never line numbers, input order or message text. The first 16 bytes
/// of the SHA-256 of "ruleId|resourceKey", in lower-case hex.
/// </summary>
public static class Fingerprints
{
    public static string For(string ruleId, string resourceKey)
    {
        var bytes = Sha256.HashData(Encoding.UTF8.GetBytes(ruleId + "|" + resourceKey));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }
}
