namespace Scanner.Core.Files;

/// <summary>
/// Tells what a path is before anything opens it (opening a FIFO blocks until a writer appears; a device has no
/// length) and where it really is (symbolic links resolved), so readers refuse what is not a regular file and
/// folder walks notice a loop. On Windows every existing non-folder path counts as a regular file.
/// </summary>
public static class FileProbe
{
    private const int TypeMask = 0xF000;

    /// <summary>The kind of <paramref name="path"/>, following symbolic links (a dangling link is <see cref="FileKind.Missing"/>).</summary>
    public static FileKind KindOf(string path)
    {
        if (string.IsNullOrEmpty(path)) return FileKind.Missing;
        if (OperatingSystem.IsWindows())
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        return NativeFileStatus.Mode(path) is not { } mode ? FileKind.Missing : (mode & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
    }

    /// <summary>The absolute path with every symbolic link resolved, or null when it does not exist.</summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
            return File.Exists(path) || Directory.Exists(path) ? Path.GetFullPath(path) : null;
        return NativeFileStatus.RealPath(Path.GetFullPath(path));
    }

    /// <summary>Words for an error line: "a FIFO (named pipe)", "a character device", …</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a directory",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "not a regular file",
    };
}
