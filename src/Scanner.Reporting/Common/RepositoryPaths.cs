namespace Scanner.Reporting.Common;

/// <summary>
/// Turns a file path as the user gave it into a repository-relative path with forward slashes and no <c>./</c>
/// or leading <c>/</c> (what GitHub code scanning matches against the checkout).
/// </summary>
internal static class RepositoryPaths
{
    /// <summary>
    /// The path of <paramref name="file"/> relative to <paramref name="repositoryRoot"/>, not percent-encoded.
    /// Backslashes are taken as separators (paths written on Windows). A path outside the root loses its leading
    /// <c>..</c> segments: the result stays a relative path (GitHub shows it without a preview) instead of a
    /// <c>../</c> reference GitHub cannot match. Symlinks are not resolved.
    /// </summary>
    public static string ToRelative(string file, string repositoryRoot)
    {
        var path = file.Replace('\\', '/');
        if (path.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            && Uri.TryCreate(path, UriKind.Absolute, out var fileUri) && fileUri.IsFile)
            path = fileUri.LocalPath;
        var root = Path.GetFullPath(string.IsNullOrEmpty(repositoryRoot) ? "." : repositoryRoot);
        var full = Path.GetFullPath(path, root);
        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(s => s == ".." || s == ".")
            .Where(s => s != ".")
            .ToArray();
        return segments.Length > 0 ? string.Join('/', segments) : Path.GetFileName(full.TrimEnd('/'));
    }

    /// <summary>An IaC resource key (<c>file#address</c>) with its file part made repository-relative; other keys unchanged.</summary>
    public static string ToRelativeKey(string key, string repositoryRoot)
    {
        var hash = key.LastIndexOf('#');
        return hash > 0 ? ToRelative(key[..hash], repositoryRoot) + key[hash..] : key;
    }

    /// <summary>True when <paramref name="file"/> lies inside <paramref name="repositoryRoot"/>.</summary>
    public static bool IsInside(string file, string repositoryRoot)
    {
        var root = Path.GetFullPath(string.IsNullOrEmpty(repositoryRoot) ? "." : repositoryRoot);
        var relative = Path.GetRelativePath(root, Path.GetFullPath(file.Replace('\\', '/'), root)).Replace('\\', '/');
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
