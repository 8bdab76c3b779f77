namespace Scanner.Core.Files;

/// <summary>What a path names on disk, after following symbolic links (see <see cref="FileProbe"/>).</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}
