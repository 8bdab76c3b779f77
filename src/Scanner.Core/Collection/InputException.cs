namespace Scanner.Core.Collection;

/// <summary>
/// Bad input the user must fix: a malformed or truncated file, an unsupported format, a hostile document.
/// The CLI prints <see cref="Exception.Message"/> as one line (<c>file:line:col: text</c>) and exits with code 2;
/// it never shows a stack trace for this type.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string file, string reason, int line = 0, int column = 0, Exception? inner = null)
        : base(Format(file, line, column, reason), inner)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    public string File { get; }
    public int Line { get; }
    public int Column { get; }
    public string Reason { get; }

    private static string Format(string file, int line, int column, string reason) =>
        line > 0 ? (column > 0 ? $"{file}:{line}:{column}: {reason}" : $"{file}:{line}: {reason}") : $"{file}: {reason}";
}
