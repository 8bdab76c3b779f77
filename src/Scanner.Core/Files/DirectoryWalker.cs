namespace Scanner.Core.Files;

/// <summary>
/// Lists the files under a folder, following symbolic links to folders but entering each real folder at most once
/// (by its resolved path), so <c>a -&gt; .</c> or <c>b -&gt; ..</c> cannot loop. Names starting with '.' are skipped
/// when asked; the result is ordered by path (ordinal) so scans are deterministic.
/// </summary>
public static class DirectoryWalker
{
    /// <summary>Deepest folder nesting walked; deeper folders are not entered.</summary>
    public const int MaxDepth = 64;

    public static IReadOnlyList<string> Files(string root, bool recursive, Func<string, bool> include, bool skipHidden = false)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Walk(root, 0);
        result.Sort(StringComparer.Ordinal);
        return result;

        void Walk(string folder, int depth)
        {
            if (depth > MaxDepth || FileProbe.RealPath(folder) is not { } real || !seen.Add(real)) return;
            IEnumerable<string> entries;
            try { entries = Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return; }
            foreach (var entry in entries)
            {
                if (skipHidden && Path.GetFileName(entry).StartsWith('.')) continue;
                switch (FileProbe.KindOf(entry))
                {
                    case FileKind.Directory when recursive:
                        Walk(entry, depth + 1);
                        break;
                    case FileKind.Directory or FileKind.Missing:
                        break;
                    default:
                        // Not only regular files: a FIFO or device named like an input is reported by the reader.
                        if (include(entry)) result.Add(entry);
                        break;
                }
            }
        }
    }
}
