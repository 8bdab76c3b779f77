using System.Xml.Linq;

namespace Scanner.Cli.Tests;

/// <summary>Every package version pinned in Directory.Packages.props is referenced by some project: no dead pins.</summary>
public class PackagePinsTests
{
    [Fact]
    public void DirectoryPackagesProps_EveryPinnedPackage_IsReferencedByAProject()
    {
        var pinned = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Select(p => p.Attribute("Include")!.Value).ToList();
        var projects = new[] { "src", "tests", "bench" }.Select(d => Path.Combine(RepoPaths.Root, d)).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.csproj", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Append(Path.Combine(RepoPaths.Root, "Directory.Build.props"));
        var referenced = projects.SelectMany(f => XDocument.Load(f).Descendants("PackageReference"))
            .Select(r => r.Attribute("Include")?.Value).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

        var unused = pinned.Where(p => !referenced.Contains(p)).ToList();
        Assert.True(unused.Count == 0, "pinned in Directory.Packages.props but referenced by no project: " + string.Join(", ", unused));
    }
}
