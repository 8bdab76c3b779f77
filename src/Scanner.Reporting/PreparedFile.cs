namespace Scanner.Reporting;

/// <summary>A complete, synced temporary file waiting to be renamed over its target (see <see cref="AtomicFile.Prepare"/>).</summary>
public sealed class PreparedFile
{
    internal PreparedFile(string tempPath, string targetPath)
    {
        TempPath = tempPath;
        TargetPath = targetPath;
    }

    public string TempPath { get; }
    public string TargetPath { get; }

    /// <summary>Renames the temporary file over the target (atomic on one file system; a symbolic link there is replaced, not followed).</summary>
    public void Commit()
    {
        try
        {
            File.Move(TempPath, TargetPath, overwrite: true);
        }
        catch
        {
            Discard();
            throw;
        }
    }

    /// <summary>Deletes the temporary file; the target stays as it was.</summary>
    public void Discard() => TryDelete(TempPath);

    internal static void TryDelete(string temp)
    {
        try { File.Delete(temp); }
        catch (IOException) { /* best effort: the original exception matters more */ }
        catch (UnauthorizedAccessException) { /* same */ }
    }
}
