using System.Text;
using Scanner.Collectors.CloudFormation;
using Scanner.Collectors.Terraform;
using Scanner.Core.Collection;
using Scanner.Core.Files;
using Scanner.Pipeline.Snapshot;

namespace Scanner.Pipeline;

/// <summary>
/// The one place that turns offline inputs (Terraform plans, CloudFormation templates, inventory snapshots)
/// into resources, for scans and rule cases alike. A folder given for an input scans the files it holds.
/// </summary>
public sealed class InputCollector
{
    private static readonly string[] TemplateExtensions = [".yaml", ".yml", ".json", ".template"];

    public string? TerraformSourceDirectory { get; init; }

    /// <summary>CloudFormation parameter values (and pseudo parameters such as AWS::AccountId) for templates.</summary>
    public IReadOnlyDictionary<string, string> CloudFormationParameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Which unknown template values get a warning (see <see cref="CloudFormationOptions.ReportUnresolved"/>); null: all.</summary>
    public Func<string, string, bool>? ReportUnresolved { get; init; }

    public CollectionResult TerraformFile(string path) =>
        new TerraformPlanCollector(new TerraformPlanOptions { SourceDirectory = TerraformSourceDirectory }).Collect(path);

    public CollectionResult TerraformText(string json, string displayPath) =>
        new TerraformPlanCollector(new TerraformPlanOptions { SourceDirectory = TerraformSourceDirectory }).CollectFromText(json, displayPath);

    public CollectionResult CloudFormationFile(string path) =>
        new CloudFormationCollector(new CloudFormationOptions { Parameters = CloudFormationParameters, ReportUnresolved = ReportUnresolved }).Collect(path);

    public CollectionResult CloudFormationText(string text, string displayPath) =>
        new CloudFormationCollector(new CloudFormationOptions { Parameters = CloudFormationParameters }).CollectFromText(text, displayPath);

    public (CollectionResult Collection, InventorySnapshot Snapshot) SnapshotFile(string path) => FromSnapshot(InventorySnapshotReader.ReadFile(path));

    public (CollectionResult Collection, InventorySnapshot Snapshot) SnapshotText(string json, string displayPath) =>
        FromSnapshot(InventorySnapshotReader.Read(Encoding.UTF8.GetBytes(json), displayPath));

    private static (CollectionResult, InventorySnapshot) FromSnapshot(InventorySnapshot s) => (new CollectionResult(s.Resources, s.Diagnostics), s);

    /// <summary>Expands plan arguments: a file as is; a folder, its <c>*.json</c> files (not under <c>.terraform</c>).</summary>
    public static IReadOnlyList<InputPath> ExpandPlans(IEnumerable<string> paths) => Expand(paths, [".json"]);

    /// <summary>Expands template arguments: a file as is; a folder, its <c>.yaml/.yml/.json/.template</c> files.</summary>
    public static IReadOnlyList<InputPath> ExpandTemplates(IEnumerable<string> paths) => Expand(paths, TemplateExtensions);

    /// <summary>Expands inventory snapshot arguments: a file as is; a folder, its <c>*.json</c> files.</summary>
    public static IReadOnlyList<InputPath> ExpandInventories(IEnumerable<string> paths) => Expand(paths, [".json"]);

    private static IReadOnlyList<InputPath> Expand(IEnumerable<string> paths, string[] extensions)
    {
        var result = new List<InputPath>();
        foreach (var p in paths)
        {
            if (p == InputPath.StandardInput) result.Add(new InputPath(p, false));
            else if (Directory.Exists(p))
            {
                // Each real folder is entered once, so a link back up (a -> .) cannot loop; hidden entries are skipped.
                var files = DirectoryWalker.Files(p, recursive: true, f => extensions.Contains(Path.GetExtension(f).ToLowerInvariant()), skipHidden: true);
                if (files.Count == 0) throw new InputException(p, $"folder holds no {string.Join("/", extensions)} files");
                result.AddRange(files.Select(f => new InputPath(f, true)));
            }
            else if (File.Exists(p)) result.Add(new InputPath(p, false));
            else throw new InputException(p, "file or folder not found");
        }
        return result;
    }
}
