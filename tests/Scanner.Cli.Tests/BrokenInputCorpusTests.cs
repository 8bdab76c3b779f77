using System.Text;

namespace Scanner.Cli.Tests;

/// <summary>
/// The broken-input corpus (Corpus/ plus generated hostile files): every input ends with exit code 2, exactly
/// one line on stderr with its documented message, and no output file.
/// </summary>
public class BrokenInputCorpusTests
{
    public static TheoryData<string, string, string> Cases() => new()
    {
        { "truncated-plan.json", "--terraform-plan", "truncated-plan.json:1:140: truncated JSON" },
        { "empty-plan.json", "--terraform-plan", "empty-plan.json: empty file" },
        { "template-as-plan.json", "--terraform-plan", "template-as-plan.json:1:1: not JSON: this looks like a YAML CloudFormation template" },
        { "future-format-plan.json", "--terraform-plan", "unsupported plan format_version \"2.0\"" },
        { "unknown-tag.yaml", "--cloudformation", "unknown-tag.yaml:5:25: unknown tag '!Frobnicate'" },
        { "malformed-template.yaml", "--cloudformation", "malformed-template.yaml:3:1: invalid YAML" },
        { "@deep.json", "--terraform-plan", "deep.json:1:129: JSON nested deeper than the limit of 128 levels" },
        { "@deep.yaml", "--cloudformation", "deep.yaml:2:132: nesting deeper than 128 levels" },
        { "@bomb.yaml", "--cloudformation", "YAML aliases expand to more than 10000 nodes" },
        { "@garbage.json", "--terraform-plan", "garbage.json:1:1: not JSON: this looks like a binary file" },
        { "@garbage.yaml", "--cloudformation", "garbage.yaml: binary data" },
        { "@garbage.json", "--inventory", "garbage.json:1:1: not UTF-8 text" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BrokenInput_ExitsWith2AndOneDocumentedLine(string file, string flag, string expected)
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var input = Path.Combine(dir, file.TrimStart('@'));
        if (file.StartsWith('@')) File.WriteAllBytes(input, Generate(file[1..]));
        else File.Copy(Path.Combine(RepoPaths.Root, "tests", "Scanner.Cli.Tests", "Corpus", file), input);

        var r = CliRunner.RunIn(dir, null, "scan", flag, Path.GetFileName(input), "--sarif", "out.sarif", "--json", "out.json");

        Assert.Equal(2, r.ExitCode);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, r.Stderr);
        Assert.Contains(expected, lines[0]);
        Assert.False(File.Exists(Path.Combine(dir, "out.sarif")));
        Assert.False(File.Exists(Path.Combine(dir, "out.json")));
    }

    private static byte[] Generate(string name)
    {
        switch (name)
        {
            case "deep.json":
                return Encoding.ASCII.GetBytes(new string('[', 100_000) + new string(']', 100_000));
            case "deep.yaml":
                return Encoding.ASCII.GetBytes("Resources:\n  X: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
            case "bomb.yaml":
                var sb = new StringBuilder("Resources:\n  a0: &a0 [x,x,x,x,x,x,x,x,x,x]\n");
                for (var i = 1; i < 12; i++) sb.Append($"  a{i}: &a{i} [").Append(string.Join(',', Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
                return Encoding.ASCII.GetBytes(sb.ToString());
            default:
                var bytes = new byte[5000];
                new Random(42).NextBytes(bytes);
                bytes[200] = 0;
                bytes[0] = 0x99;
                return bytes;
        }
    }
}
