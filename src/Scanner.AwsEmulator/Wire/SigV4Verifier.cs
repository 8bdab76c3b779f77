using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Web;

namespace Scanner.AwsEmulator.Wire;

/// <summary>
/// Recomputes a request's SigV4 signature independently of the clients (canonical request, string to sign, derived
/// key) and compares it with the one in the Authorization header.
/// </summary>
internal static class SigV4Verifier
{
    public sealed record Scope(string AccessKeyId, string Date, string Region, string Service, string SignedHeaders, string Signature);

    /// <summary>Parses <c>AWS4-HMAC-SHA256 Credential=AKID/date/region/service/aws4_request, SignedHeaders=…, Signature=…</c>.</summary>
    public static Scope? Parse(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("AWS4-HMAC-SHA256 ", StringComparison.Ordinal)) return null;
        string? credential = null, signed = null, signature = null;
        foreach (var part in authorization["AWS4-HMAC-SHA256 ".Length..].Split(',', StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq < 0) continue;
            var (k, v) = (part[..eq], part[(eq + 1)..]);
            if (k == "Credential") credential = v;
            else if (k == "SignedHeaders") signed = v;
            else if (k == "Signature") signature = v;
        }
        var c = credential?.Split('/');
        if (c is not { Length: 5 } || c[4] != "aws4_request" || signed is null || signature is null) return null;
        return new Scope(c[0], c[1], c[2], c[3], signed, signature);
    }

    public static bool Verify(EmulatedRequest request, Scope scope, string secret) => Verify(request, scope, secret, out _);

    /// <param name="canonicalRequest">The canonical request the emulator computed (real AWS echoes it in some signature errors).</param>
    public static bool Verify(EmulatedRequest request, Scope scope, string secret, out string canonicalRequest)
    {
        canonicalRequest = "";
        var amzDate = request.Header("x-amz-date");
        if (amzDate is null || !amzDate.StartsWith(scope.Date, StringComparison.Ordinal)) return false;
        var canonical = new StringBuilder()
            .Append(request.Method).Append('\n')
            .Append(CanonicalPath(request.RawPath)).Append('\n')
            .Append(CanonicalQuery(request.RawQuery)).Append('\n');
        foreach (var name in scope.SignedHeaders.Split(';'))
        {
            var value = request.Header(name);
            if (value is null) return false;
            canonical.Append(name).Append(':').Append(string.Join(" ", value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))).Append('\n');
        }
        var payloadHash = request.Header("x-amz-content-sha256") is { } declared && declared != "UNSIGNED-PAYLOAD"
            ? declared : Hex(SHA256.HashData(request.Body));
        if (!string.Equals(payloadHash, Hex(SHA256.HashData(request.Body)), StringComparison.Ordinal)) return false;
        canonical.Append('\n').Append(scope.SignedHeaders).Append('\n').Append(payloadHash);
        canonicalRequest = canonical.ToString();

        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope.Date}/{scope.Region}/{scope.Service}/aws4_request\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())))}";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secret), scope.Date);
        key = Hmac(key, scope.Region);
        key = Hmac(key, scope.Service);
        key = Hmac(key, "aws4_request");
        var expected = Hex(Hmac(key, stringToSign));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(scope.Signature));
    }

    /// <summary>Each raw (already encoded) path segment encoded once more: <c>%3A</c> becomes <c>%253A</c>.</summary>
    private static string CanonicalPath(string rawPath) =>
        rawPath.Length == 0 ? "/" : string.Join("/", rawPath.Split('/').Select(Encode));

    private static string CanonicalQuery(string rawQuery)
    {
        var q = rawQuery.TrimStart('?');
        if (q.Length == 0) return "";
        return string.Join("&", q.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p =>
            {
                var eq = p.IndexOf('=');
                var k = HttpUtility.UrlDecode(eq < 0 ? p : p[..eq]);
                var v = eq < 0 ? "" : HttpUtility.UrlDecode(p[(eq + 1)..]);
                return (K: Encode(k), V: Encode(v));
            })
            .OrderBy(p => p.K, StringComparer.Ordinal).ThenBy(p => p.V, StringComparer.Ordinal)
            .Select(p => p.K + "=" + p.V));
    }

    private static string Encode(string s)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
    private static string Hex(byte[] b) => Convert.ToHexStringLower(b);
}
