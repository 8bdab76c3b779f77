using System.Text.Json;

namespace Scanner.Cli.Tests;

/// <summary>SARIF and JSON paths from any working directory, with or without --repo-root, and for files outside the root.</summary>
public class ReportPathTests
{
    private static (string Uri, string JsonFile) Paths(string workingDirectory, params string[] extra)
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var sarif = Path.Combine(dir, "o.sarif");
        var json = Path.Combine(dir, "o.json");
        var r = CliRunner.RunIn(workingDirectory, null, ["scan", .. extra, "--org-accounts", "111111111111", "--rule", "LATTICE-GW-001", "--sarif", sarif, "--json", json]);
        Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}: {r.Stderr}");
        using var s = JsonDocument.Parse(File.ReadAllText(sarif));
        using var j = JsonDocument.Parse(File.ReadAllText(json));
        var uri = s.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        var file = j.RootElement.GetProperty("findings")[0].GetProperty("location").GetProperty("file").GetString()!;
        return (uri, file);
    }

    [Fact]
    public void FromSubfolderWithRepoRoot_RelativeInputResolvedAgainstTheWorkingDirectory()
    {
        var sub = Path.Combine(RepoPaths.Root, "examples", "cloudformation");
        var (uri, file) = Paths(sub, "--cloudformation", "provider.yaml", "--repo-root", "../..");
        Assert.Equal("examples/cloudformation/provider.yaml", uri);
        Assert.Equal("examples/cloudformation/provider.yaml", file);
    }

    [Fact]
    public void FromSubfolderWithoutRepoRoot_RelativeToTheWorkingDirectory()
    {
        var sub = Path.Combine(RepoPaths.Root, "examples", "cloudformation");
        var (uri, file) = Paths(sub, "--cloudformation", "provider.yaml");
        Assert.Equal("provider.yaml", uri);
        Assert.Equal("provider.yaml", file);
    }

    [Fact]
    public void FileOutsideTheRoot_KeepsItsParentSegments()
    {
        var root = Directory.CreateTempSubdirectory().FullName;
        var repo = Path.Combine(root, "repo");
        Directory.CreateDirectory(repo);
        Directory.CreateDirectory(Path.Combine(root, "other"));
        File.Copy(Path.Combine(RepoPaths.Root, "examples", "cloudformation", "provider.yaml"), Path.Combine(root, "other", "provider.yaml"));
        var (uri, file) = Paths(repo, "--cloudformation", "../other/provider.yaml");
        Assert.Equal("../other/provider.yaml", uri);
        Assert.Equal("../other/provider.yaml", file);
    }
}
