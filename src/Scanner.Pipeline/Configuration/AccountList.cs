using Scanner.Core.Aws;
using Scanner.Core.Collection;
using Scanner.Core.Files;

namespace Scanner.Pipeline.Configuration;

/// <summary>
/// Parses organisation account lists: <c>--org-accounts 111111111111,222222222222</c>, or a file with one
/// account per line (or comma-separated; <c>#</c> starts a comment).
/// </summary>
public static class AccountList
{
    /// <param name="quoteValues">Whether error lines may quote the offending token: yes for a list typed on the
    /// command line, no for a file (which may be anything, e.g. <c>/proc/self/environ</c>; its line and column suffice).</param>
    public static IReadOnlyList<string> Parse(string text, string source, bool quoteValues = true)
    {
        if (text.Contains('\0')) throw new InputException(source, "binary data (NUL byte), not an account list (one 12-digit account id per line)");
        var result = new List<string>();
        var lineNo = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNo++;
            var line = rawLine.Split('#')[0];
            foreach (var part in line.Split([',', ' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!AccountId.IsValid(part))
                    throw new InputException(source, quoteValues ? $"'{(part.Length > 40 ? part[..40] + "…" : part)}' is not a 12-digit AWS account id" : "not a 12-digit AWS account id",
                        lineNo, rawLine.IndexOf(part, StringComparison.Ordinal) + 1);
                result.Add(part);
            }
        }
        return result;
    }

    /// <summary>Largest account list file accepted: 1 MiB (about 75,000 accounts, far above any organization's quota).</summary>
    public const long MaxBytes = 1024 * 1024;

    public static IReadOnlyList<string> ReadFile(string path)
    {
        if (FileProbe.KindOf(path) == FileKind.Missing) throw new InputException(path, "account list file not found");
        var bytes = InputFile.ReadAllBytes(path, MaxBytes, _ => new InputException(path, "account list file is larger than the 1 MiB limit"));
        return Parse(System.Text.Encoding.UTF8.GetString(bytes), path, quoteValues: false);
    }

    /// <summary>The flag's value: a file path when such a path exists (any kind: a device is refused by the reader), else the list itself.</summary>
    public static IReadOnlyList<string> FromArgument(string value) =>
        FileProbe.KindOf(value) != FileKind.Missing ? ReadFile(value) : Parse(value, "--org-accounts");
}
