namespace Scanner.Collectors.Terraform.Sources;

/// <summary>
/// Lexical path joining with forward slashes: paths stay as the user gave them (relative stays relative), so
/// reporters can make them repository-relative; <c>.</c> segments are dropped and <c>..</c> folded where possible.
/// </summary>
internal static class PathText
{
    public static string Combine(string directory, string relative)
    {
        var dir = directory.Replace('\\', '/');
        var rel = relative.Replace('\\', '/');
        var joined = dir.Length == 0 || dir == "." ? rel : rel.StartsWith('/') ? rel : dir.TrimEnd('/') + "/" + rel;
        return Normalize(joined);
    }

    public static string Normalize(string path)
    {
        var p = path.Replace('\\', '/');
        var absolute = p.StartsWith('/');
        var parts = new List<string>();
        foreach (var segment in p.Split('/'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else if (segment == ".." && absolute) continue;
            else parts.Add(segment);
        }
        var text = string.Join('/', parts);
        return absolute ? "/" + text : text.Length == 0 ? "." : text;
    }

    /// <summary>The folder of a file path ("" when it has none).</summary>
    public static string DirectoryOf(string file)
    {
        var p = file.Replace('\\', '/');
        var i = p.LastIndexOf('/');
        return i < 0 ? "" : i == 0 ? "/" : p[..i];
    }
}
