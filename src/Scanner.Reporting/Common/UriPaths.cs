using System.Text;

namespace Scanner.Reporting.Common;

/// <summary>
/// Percent-encoding of relative paths for SARIF <c>artifactLocation.uri</c>: every byte outside
/// <c>[A-Za-z0-9._~-]</c> becomes <c>%XX</c> within a segment, so the result can never carry a scheme
/// (no colon survives), a query, a fragment or a space.
/// </summary>
internal static class UriPaths
{
    /// <summary>
    /// Encodes each <c>/</c>-separated segment of a relative path; empty segments are dropped. Leading <c>..</c>
    /// segments (a file outside the repository root) stay as they are, so the reference still resolves.
    /// </summary>
    public static string EncodePath(string relativePath)
    {
        var segments = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var up = segments.TakeWhile(s => s == "..").Count();
        return string.Join('/', segments.Take(up).Concat(segments.Skip(up).Select(EncodeSegment)));
    }

    /// <summary>Encodes one segment, including any <c>/</c> inside it; "." and ".." are encoded so they stay names.</summary>
    public static string EncodeSegment(string segment)
    {
        if (segment.Length == 0) return "_";
        if (segment is "." or "..") return segment.Replace(".", "%2E", StringComparison.Ordinal);
        var sb = new StringBuilder(segment.Length);
        foreach (var b in Encoding.UTF8.GetBytes(segment))
        {
            var c = (char)b;
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '~' or '-')
                sb.Append(c);
            else
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>Reverses <see cref="EncodePath"/> (used when a SARIF baseline is read back).</summary>
    public static string Decode(string uri) => Uri.UnescapeDataString(uri);
}
