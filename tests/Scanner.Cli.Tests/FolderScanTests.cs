using System.Text.Json;

namespace Scanner.Cli.Tests;

/// <summary>
/// Scanning a repository folder with --cloudformation: files that are not templates are skipped with a note; a
/// broken template is an error with file:line:col while the others are still scanned, and the run is incomplete.
/// </summary>
public class FolderScanTests
{
    private static string Repository()
    {
        var dir = Directory.CreateTempSubdirectory("latticescan-folder-").FullName;
        Directory.CreateDirectory(Path.Combine(dir, "docs"));
        Directory.CreateDirectory(Path.Combine(dir, "cfn"));
        File.Copy(Path.Combine(RepoPaths.Root, "docs", "iam-policy.json"), Path.Combine(dir, "docs", "iam-policy.json"));
        File.WriteAllText(Path.Combine(dir, "docs", "mkdocs.yml"), "site_name: demo\nnav: [index.md]\n");
        File.WriteAllText(Path.Combine(dir, "docs", "broken-values.yaml"), "a: [unclosed\n");
        File.Copy(Path.Combine(RepoPaths.Root, "examples", "cloudformation", "provider.yaml"), Path.Combine(dir, "cfn", "provider.yaml"));
        return dir;
    }

    [Fact]
    public void Folder_NonTemplates_SkippedWithANote()
    {
        var dir = Repository();
        var json = Path.Combine(dir, "r.json");
        var r = CliRunner.RunIn(dir, null, "scan", "--cloudformation", ".", "--org-accounts", "111111111111", "--json", json, "--fail-on", "none");
        Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}: {r.Stderr}");
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var skipped = doc.RootElement.GetProperty("errors").EnumerateArray()
            .Where(e => e.GetProperty("code").GetString() == "NotATemplate").ToList();
        Assert.Equal(["docs/broken-values.yaml", "docs/iam-policy.json", "docs/mkdocs.yml"], skipped.Select(e => e.GetProperty("file").GetString()!).Order().ToArray());
        Assert.All(skipped, e => Assert.Equal("note", e.GetProperty("level").GetString()));
        Assert.Contains(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "LATTICE-GW-001");
    }

    [Fact]
    public void Folder_BrokenTemplate_ErrorWithPositionOthersStillScannedExit3()
    {
        var dir = Repository();
        File.Copy(Path.Combine(RepoPaths.Root, "tests", "Scanner.Cli.Tests", "Corpus", "malformed-template.yaml"), Path.Combine(dir, "cfn", "broken.yaml"));
        var json = Path.Combine(dir, "r.json");
        var r = CliRunner.RunIn(dir, null, "scan", "--cloudformation", ".", "--org-accounts", "111111111111", "--json", json);
        Assert.True(r.ExitCode == 3, $"exit {r.ExitCode}: {r.Stderr}");
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var error = Assert.Single(doc.RootElement.GetProperty("errors").EnumerateArray(), e => e.GetProperty("level").GetString() == "error");
        Assert.Equal("cfn/broken.yaml", error.GetProperty("file").GetString());
        Assert.True(error.GetProperty("line").GetInt32() > 0 && error.GetProperty("column").GetInt32() > 0, error.GetRawText());
        Assert.False(doc.RootElement.GetProperty("scan").GetProperty("complete").GetBoolean());
        Assert.Contains(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "LATTICE-GW-001");
        Assert.Matches(@"cfn/broken\.yaml:\d+:\d+", r.Stdout);

        var partial = CliRunner.RunIn(dir, null, "scan", "--cloudformation", ".", "--org-accounts", "111111111111", "--allow-partial");
        Assert.Equal(1, partial.ExitCode);
    }

    [Fact]
    public void NamedFile_Broken_StaysExit2()
    {
        var r = CliRunner.Run("scan", "--cloudformation", "tests/Scanner.Cli.Tests/Corpus/malformed-template.yaml");
        Assert.Equal(2, r.ExitCode);
        Assert.Matches(@"malformed-template\.yaml:\d+:\d+", r.Stderr);
    }

    [Fact]
    public void Inventory_Folder_ReadsItsSnapshots()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var snapshots = Path.Combine(dir, "snapshots");
        Directory.CreateDirectory(snapshots);
        var c = CliRunner.RunIn(RepoPaths.Root, null, "collect", "--terraform-plan", "examples/terraform/plan.json", "--output", Path.Combine(snapshots, "a.json"));
        Assert.True(c.ExitCode == 0, c.Stderr);
        var r = CliRunner.RunIn(dir, null, "scan", "--inventory", "snapshots", "--org-accounts", "111111111111,222222222222", "--rule", "LATTICE-GW-001");
        Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}: {r.Stderr}");
        Assert.Contains("LATTICE-GW-001", r.Stdout);
    }
}
