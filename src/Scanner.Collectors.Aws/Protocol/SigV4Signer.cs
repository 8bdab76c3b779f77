using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;

namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// Signs an <see cref="HttpRequestMessage"/> with AWS Signature Version 4. The canonical request is built here
/// (non-S3 rules: the already-encoded path is encoded once more, "double encoding"); the key derivation and
/// signature come from AWSSDK.Core's <see cref="AWS4Signer.ComputeSignature(ImmutableCredentials,string,DateTime,string,string,string)"/>.
/// </summary>
public static class SigV4Signer
{
    public static void Sign(HttpRequestMessage request, ReadOnlySpan<byte> body, ImmutableCredentials credentials,
        string signingRegion, string signingName, DateTime utcNow)
    {
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        var amzDate = utcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}",
            ["x-amz-date"] = amzDate,
        };
        request.Headers.Remove("X-Amz-Date");
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        if (credentials.UseToken)
        {
            headers["x-amz-security-token"] = credentials.Token;
            request.Headers.Remove("X-Amz-Security-Token");
            request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", credentials.Token);
        }
        foreach (var h in request.Headers)
            if (h.Key.StartsWith("X-Amz-Target", StringComparison.OrdinalIgnoreCase))
                headers[h.Key.ToLowerInvariant()] = string.Join(",", h.Value).Trim();
        if (request.Content?.Headers.ContentType is { } ct) headers["content-type"] = ct.ToString().Trim();

        var signedHeaders = string.Join(";", headers.Keys);
        var canonical = new StringBuilder()
            .Append(request.Method.Method).Append('\n')
            .Append(CanonicalPath(uri)).Append('\n')
            .Append(CanonicalQuery(uri.Query)).Append('\n');
        foreach (var (k, v) in headers) canonical.Append(k).Append(':').Append(v).Append('\n');
        canonical.Append('\n').Append(signedHeaders).Append('\n').Append(HexSha256(body));

        var result = AWS4Signer.ComputeSignature(credentials, signingRegion, utcNow, signingName, signedHeaders, canonical.ToString());
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", result.ForAuthorizationHeader);
    }

    /// <summary>The escaped path as sent, each segment encoded once more (SigV4 for every service but S3).</summary>
    public static string CanonicalPath(Uri uri)
    {
        var path = uri.GetComponents(UriComponents.Path | UriComponents.KeepDelimiter, UriFormat.UriEscaped);
        if (path.Length == 0) return "/";
        return string.Join("/", path.Split('/').Select(UriEncode));
    }

    public static string CanonicalQuery(string query)
    {
        if (string.IsNullOrEmpty(query) || query == "?") return "";
        var pairs = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p =>
            {
                var eq = p.IndexOf('=');
                var k = Uri.UnescapeDataString(eq < 0 ? p : p[..eq]);
                var v = eq < 0 ? "" : Uri.UnescapeDataString(p[(eq + 1)..]);
                return (Key: UriEncode(k), Value: UriEncode(v));
            })
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal);
        return string.Join("&", pairs.Select(p => p.Key + "=" + p.Value));
    }

    /// <summary>RFC 3986 encoding: everything but A-Z a-z 0-9 - _ . ~ as upper-case %XX of the UTF-8 bytes.</summary>
    public static string UriEncode(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    public static string HexSha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));
}
