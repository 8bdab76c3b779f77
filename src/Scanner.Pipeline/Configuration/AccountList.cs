using Scanner.Core.Aws;
using Scanner.Core.Collection;

namespace Scanner.Pipeline.Configuration;

/// <summary>
/// Parses organisation account lists: <c>--org-accounts 111111111111,222222222222</c>, or a file with one
/// account per line (or comma-separated; <c>#</c> starts a comment).
/// </summary>
public static class AccountList
{
    public static IReadOnlyList<string> Parse(string text, string source)
    {
        var result = new List<string>();
        var lineNo = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNo++;
            var line = rawLine.Split('#')[0];
            foreach (var part in line.Split([',', ' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!AccountId.IsValid(part)) throw new InputException(source, $"'{part}' is not a 12-digit AWS account id", lineNo, rawLine.IndexOf(part, StringComparison.Ordinal) + 1);
                result.Add(part);
            }
        }
        return result;
    }

    public static IReadOnlyList<string> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new InputException(path, "account list file not found");
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>The flag's value: a file path when such a file exists, else the list itself.</summary>
    public static IReadOnlyList<string> FromArgument(string value) =>
        File.Exists(value) ? ReadFile(value) : Parse(value, "--org-accounts");
}
