namespace Scanner.Reporting;

/// <summary>
/// Writes a report so that readers never see a half-written file: the content goes to a temporary file in the
/// target's folder (same file system, so the rename is atomic), is flushed to disk (fsync), then renamed over
/// the target. If <c>write</c> throws, the temporary file is deleted and an existing target is left untouched.
/// <see cref="Prepare"/> and <see cref="PreparedFile.Commit"/> split the two steps so several files can be
/// written first and renamed together (<see cref="Output.OutputSet"/>).
/// Limits: the folder itself is not fsynced (a power loss right after the rename may still lose the rename), and
/// the new file gets default permissions rather than the old file's.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write) => Prepare(path, write).Commit();

    /// <summary>Writes the content to a synced temporary file beside <paramref name="path"/>; nothing is replaced yet.</summary>
    public static PreparedFile Prepare(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var synced = false;
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                write(stream);
                if (stream.CanWrite)
                {
                    stream.Flush(flushToDisk: true);
                    synced = true;
                }
            }
            if (!synced)
            {
                // The callback disposed the stream itself: its data is written but not yet fsynced.
                using var reopened = new FileStream(temp, FileMode.Open, FileAccess.Write, FileShare.None);
                reopened.Flush(flushToDisk: true);
            }
            return new PreparedFile(temp, full);
        }
        catch
        {
            PreparedFile.TryDelete(temp);
            throw;
        }
    }
}
