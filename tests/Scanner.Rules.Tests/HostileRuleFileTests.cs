using System.Text;
using Scanner.Core.Collection;

namespace Scanner.Rules.Tests;

/// <summary>The corpus of broken rule files: each fails with its documented reason, line and column, never anything else.</summary>
public class HostileRuleFileTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "Scanner.Rules.Tests", "Corpus"), "*.yaml").Order())
            data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_FileFailsWithItsExpectedError(string name)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Scanner.Rules.Tests", "Corpus", name);
        var expect = File.ReadLines(path).First();
        Assert.StartsWith("# expect: ", expect);
        var parts = expect["# expect: ".Length..].Split(':', 3);
        var e = Assert.Throws<InputException>(() => new RuleLoader().LoadFile(path));
        Assert.Contains(parts[2].Trim(), e.Reason);
        if (parts[0] != "0") Assert.Equal((int.Parse(parts[0]), int.Parse(parts[1])), (e.Line, e.Column));
    }

    [Fact]
    public void DeepNesting_IsRejectedWithoutStackOverflow()
    {
        var text = "id: X-1\ncondition: " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        var e = Assert.Throws<InputException>(() => new RuleLoader().LoadText(text, "deep.yaml"));
        Assert.Contains("nests deeper than 64 levels", e.Reason);
    }

    [Fact]
    public void AliasBomb_IsRejected()
    {
        var sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++) sb.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        var e = Assert.Throws<InputException>(() => new RuleLoader().LoadText(sb.ToString(), "bomb.yaml"));
        Assert.Contains("alias", e.Reason);
    }

    [Fact]
    public void BinaryGarbage_IsRejected()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var e = Assert.Throws<InputException>(() => new RuleLoader().LoadText(Encoding.Latin1.GetString(bytes), "garbage.yaml"));
        Assert.Equal("garbage.yaml", e.File);
    }

    [Fact]
    public void MutatedBundledRules_NeverThrowAnythingButInputException()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Rules, "*.yaml", SearchOption.AllDirectories).Where(f => !f.EndsWith(".cases.yaml")).Order().ToList();
        var random = new Random(12345);
        var loader = new RuleLoader();
        for (var i = 0; i < 400; i++)
        {
            var text = File.ReadAllText(files[i % files.Count]).ToCharArray();
            var mutation = random.Next(3);
            if (mutation == 0) text = text[..random.Next(text.Length)];
            else
                for (var k = 0; k < 1 + random.Next(4); k++)
                    text[random.Next(text.Length)] = "{}[]:-#&*!|>'\"\n x9"[random.Next(18)];
            try
            {
                loader.LoadText(new string(text), "mutant.yaml");
            }
            catch (InputException)
            {
            }
        }
    }
}
