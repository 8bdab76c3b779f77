using System.Text.RegularExpressions;

namespace Scanner.Cli.Tests;

/// <summary>What the docs tell a new user beyond single command lines: how to get the program, CI workflows that work, no false claims.</summary>
public class DocClaimsTests
{
    private static IEnumerable<(string File, string Text)> Docs()
    {
        yield return ("README.md", File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")));
        foreach (var f in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return (Path.GetRelativePath(RepoPaths.Root, f), File.ReadAllText(f));
    }

    private static IEnumerable<(string File, MarkdownCommands.FencedBlock Block)> Workflows() =>
        Docs().SelectMany(d => MarkdownCommands.FencedBlocks(d.Text).Where(b => b.Text.Contains("uses: actions/checkout", StringComparison.Ordinal)).Select(b => (d.File, b)));

    [Fact]
    public void Readme_UsingIt_SaysHowToGetTheProgram()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## Using it", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("```", StringComparison.Ordinal)];
        Assert.Contains("dotnet run --project src/Scanner.Cli --", section);
        Assert.Contains("dotnet publish src/Scanner.Cli", section);
    }

    [Fact]
    public void Workflows_PublishOnlyFromAPathTheyCheckOut()
    {
        var workflows = Workflows().ToList();
        Assert.NotEmpty(workflows);
        foreach (var (file, block) in workflows)
            foreach (Match m in Regex.Matches(block.Text, @"dotnet publish (?<dir>\S+)/src/Scanner\.Cli"))
            {
                var dir = m.Groups["dir"].Value;
                Assert.True(Regex.IsMatch(block.Text, @"path:\s*" + Regex.Escape(dir) + @"\b"), $"{file}:{block.Line}: publishes from {dir}/ but no checkout step has path: {dir}");
                Assert.Contains("repository: latticescan/latticescan", block.Text);
            }
    }

    [Fact]
    public void Workflows_UploadCategoryOnlyWhenTheSarifLeavesItOpen()
    {
        foreach (var (file, block) in Workflows())
        {
            // upload-sarif's own `category:` input (not the action's `sarif-category:`, which sets it in the SARIF).
            if (!Regex.IsMatch(block.Text, @"(?<![-\w])category:")) continue;
            Assert.True(block.Text.Contains("--sarif-category none", StringComparison.Ordinal),
                $"{file}:{block.Line}: upload-sarif's category: has no effect on a log with automationDetails; add --sarif-category none or set the category with --sarif-category");
        }
    }

    [Fact]
    public void Docs_ClaimNoPublishedContainerImageOrUncheckedConsumerBehaviour()
    {
        foreach (var (file, text) in Docs())
        {
            Assert.DoesNotContain("ghcr.io/", text);
            Assert.False(Regex.IsMatch(text, @"DefectDojo[^.]*false positive", RegexOptions.IgnoreCase), $"{file} claims DefectDojo behaviour no test checks");
        }
    }
}
