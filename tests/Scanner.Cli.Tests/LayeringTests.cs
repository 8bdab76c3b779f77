using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Scanner.Cli.Tests;

/// <summary>
/// docs/architecture.md lists each project of src/ with the projects it references; the project files must say the
/// same, so a new reference (a collector reaching for the rules, the engine for a writer) is a decision made in the
/// document, not a drift.
/// </summary>
public partial class LayeringTests
{
    private static string Src => Path.Combine(RepoPaths.Root, "src");

    private static Dictionary<string, SortedSet<string>> FromProjectFiles() =>
        Directory.GetDirectories(Src).Select(d => Path.Combine(d, Path.GetFileName(d) + ".csproj")).Where(File.Exists)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => new SortedSet<string>(
                XDocument.Load(p).Descendants("ProjectReference")
                    .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/'))), StringComparer.Ordinal));

    private static Dictionary<string, SortedSet<string>> FromArchitectureDoc(IReadOnlyCollection<string> projects)
    {
        var doc = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "architecture.md"));
        var result = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        string Resolve(string shortName) =>
            projects.SingleOrDefault(p => p == shortName || p.EndsWith("." + shortName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"docs/architecture.md names '{shortName}', which is no project of src/");
        foreach (var line in doc.Where(l => l.StartsWith("| `Scanner.", StringComparison.Ordinal)))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            var names = new List<string>();
            foreach (Match m in Code().Matches(cells[1]))
            {
                var name = m.Groups[1].Value;
                names.Add(name.StartsWith('…') ? names[^1][..names[^1].LastIndexOf('.')] + "." + name[1..] : name);
            }
            var references = cells[3] == "nothing" ? [] : cells[3].Split(',', StringSplitOptions.TrimEntries).Select(Resolve);
            foreach (var n in names) result[n] = new SortedSet<string>(references, StringComparer.Ordinal);
        }
        return result;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [Fact]
    public void ArchitectureDoc_ReferenceTable_MatchesTheProjectFiles()
    {
        var actual = FromProjectFiles();
        var documented = FromArchitectureDoc(actual.Keys);
        Assert.Equal(actual.Keys.Order(StringComparer.Ordinal), documented.Keys.Order(StringComparer.Ordinal));
        foreach (var (project, references) in actual)
            Assert.True(references.SetEquals(documented[project]),
                $"{project} references {string.Join(", ", references)}; docs/architecture.md says {string.Join(", ", documented[project])}");
    }

    [Fact]
    public void AwsEmulator_StandsAlone_AndOnlyTheCommandLineReferencesIt()
    {
        // A scan and the library package never carry the emulator: it serves live rule cases to `rules test` only.
        var graph = FromProjectFiles();
        Assert.Empty(graph["Scanner.AwsEmulator"]);
        Assert.Equal(["Scanner.Cli"], graph.Where(p => p.Value.Contains("Scanner.AwsEmulator")).Select(p => p.Key));
    }

    [Fact]
    public void ProjectReferences_PointOneWay_NoCycle()
    {
        var graph = FromProjectFiles();
        var done = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string project, List<string> path)
        {
            Assert.False(path.Contains(project), "reference cycle: " + string.Join(" -> ", path.Append(project)));
            if (!done.Add(project) || !graph.TryGetValue(project, out var references)) return;
            foreach (var r in references) Visit(r, [.. path, project]);
        }
        foreach (var p in graph.Keys) Visit(p, []);
        Assert.Empty(graph["Scanner.Core"]);
    }
}
