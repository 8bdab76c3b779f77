namespace Scanner.Reporting.Output;

/// <summary>
/// One place a command writes to, checked when it was claimed: <see cref="Option"/> names the flag for error
/// lines; <see cref="FullPath"/> is null for standard output (<c>-</c>, <c>/dev/stdout</c>).
/// </summary>
public sealed record OutputTarget(string Option, string Path, string? FullPath)
{
    public bool IsStandardOutput => FullPath is null;

    public string Describe() => IsStandardOutput ? $"{Option} (standard output)" : $"{Option} {Path}";
}
