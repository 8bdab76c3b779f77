namespace Scanner.Pipeline;

/// <summary>
/// One input file to read: its path (or <c>-</c> for standard input), and whether it was found by scanning a
/// folder rather than named on the command line (a folder may hold files that are not inputs).
/// </summary>
public sealed record InputPath(string Path, bool FromFolder)
{
    /// <summary>The argument that means "read standard input".</summary>
    public const string StandardInput = "-";

    /// <summary>The name standard input has in reports, keys and messages.</summary>
    public const string StandardInputName = "stdin";

    public bool IsStandardInput => Path == StandardInput;
}
