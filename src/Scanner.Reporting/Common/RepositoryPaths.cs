namespace Scanner.Reporting.Common;

/// <summary>
/// Turns a file path as the user gave it into a repository-relative path with forward slashes and no <c>./</c>
/// or leading <c>/</c> (what GitHub code scanning matches against the checkout).
/// </summary>
internal static class RepositoryPaths
{
    /// <summary>
    /// The path of <paramref name="file"/> relative to <paramref name="repositoryRoot"/>, not percent-encoded.
    /// A relative <paramref name="file"/> is taken relative to <paramref name="workingDirectory"/> (the folder the
    /// scan ran in; the root itself when null), so a job running in a subfolder reports the right paths.
    /// Backslashes are taken as separators (paths written on Windows). A file outside the root keeps its leading
    /// <c>../</c> segments, so the path still resolves against the root. Symlinks are not resolved.
    /// </summary>
    public static string ToRelative(string file, string repositoryRoot, string? workingDirectory = null)
    {
        var path = file.Replace('\\', '/');
        if (path.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            && Uri.TryCreate(path, UriKind.Absolute, out var fileUri) && fileUri.IsFile)
            path = fileUri.LocalPath;
        var root = Path.GetFullPath(string.IsNullOrEmpty(repositoryRoot) ? "." : repositoryRoot);
        var baseDirectory = string.IsNullOrEmpty(workingDirectory) ? root : Path.GetFullPath(workingDirectory);
        var full = Path.GetFullPath(path, baseDirectory);
        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        if (Path.IsPathRooted(relative)) return relative.TrimStart('/');
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();
        return segments.Length > 0 ? string.Join('/', segments) : Path.GetFileName(full.TrimEnd('/'));
    }

    /// <summary>An IaC resource key (<c>file#address</c>) with its file part made repository-relative; other keys unchanged.</summary>
    public static string ToRelativeKey(string key, string repositoryRoot)
    {
        var hash = key.LastIndexOf('#');
        return hash > 0 ? ToRelative(key[..hash], repositoryRoot) + key[hash..] : key;
    }

    /// <summary>True when <paramref name="file"/> lies inside <paramref name="repositoryRoot"/>.</summary>
    public static bool IsInside(string file, string repositoryRoot, string? workingDirectory = null)
    {
        var relative = ToRelative(file, repositoryRoot, workingDirectory);
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal);
    }
}
