using System.Text.RegularExpressions;
using Scanner.Core.Schema;

namespace Scanner.Cli.Tests;

/// <summary>
/// The mapping layer (every collector's mappers and the shared normalisation) names properties and relations only
/// through the schema declarations (<c>src/Scanner.Core/Schema/Declarations</c>): its writers take no names as text, so
/// a name the schema lacks does not compile and renaming a declaration breaks every writer still using the old one.
/// These checks close what the compiler cannot: the text-keyed <c>MapBuilder</c> and the <c>ResourceReference</c>
/// constructors stay public for snapshots, tests and library hosts, and the mapping layer must not reach for them.
/// </summary>
public class MappingLayerNamesTests
{
    /// <summary>The files that write inventory properties and references, relative to the repository.</summary>
    private static readonly string[] MappingLayer =
    [
        "src/Scanner.Collectors.Terraform/Mapping", "src/Scanner.Collectors.Terraform/TerraformPlanCollector.cs",
        "src/Scanner.Collectors.CloudFormation/Mapping", "src/Scanner.Collectors.CloudFormation/CloudFormationCollector.cs",
        "src/Scanner.Collectors.Aws/Mapping", "src/Scanner.Collectors.Aws/Collection", "src/Scanner.Collectors.Aws/AwsCollector.cs",
        "src/Scanner.Core/Normalisation", "src/Scanner.Core/Aws/PolicyDocumentParser.cs",
    ];

    private static IReadOnlyList<(string Why, Regex Pattern)> Forbidden { get; } = BuildForbidden();

    private static IReadOnlyList<(string Why, Regex Pattern)> BuildForbidden()
    {
        var names = SchemaNames().Select(Regex.Escape);
        return
        [
            ("MapBuilder takes keys as text; build properties with PropertyMapBuilder", new Regex(@"\bMapBuilder\b")),
            ("a ResourceReference built by hand names its relation as text; use the relation's declaration (To, Unresolvable)",
                new Regex(@"\bnew\s+ResourceReference\b|\bResourceReference\s*\.\s*Unresolvable\b")),
            ("properties and relations are declared in Core's Schema/Declarations only", new Regex(@"\bnew\s+(PropertySchema|RelationSchema)\b")),
            ("a schema name written as text", new Regex(@"\bnew\b[^(;""]*\(\s*[@$]?""(" + string.Join("|", names) + @")""")),
        ];
    }

    private static IEnumerable<string> SchemaNames()
    {
        IEnumerable<PropertySchema> Walk(PropertySchema p) =>
            new[] { p }.Concat(p.Members.SelectMany(Walk)).Concat(p.Item is { Type: PropertyType.Object } item ? Walk(item) : []);
        var properties = InventorySchema.CommonProperties.Concat(InventorySchema.Default.Kinds.SelectMany(k => k.Properties)).SelectMany(Walk);
        var relations = InventorySchema.Default.Kinds.SelectMany(k => k.Relations);
        return properties.Select(p => p.Name).Concat(relations.Select(r => r.Name)).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length);
    }

    private static IEnumerable<string> Violations(string file, IEnumerable<string> lines)
    {
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var code = line.IndexOf("//", StringComparison.Ordinal) is var comment and >= 0 ? line[..comment] : line;
            foreach (var (why, pattern) in Forbidden)
                if (pattern.IsMatch(code))
                    yield return $"{file}:{number}: {why}: {line.Trim()}";
        }
    }

    [Fact]
    public void MappingLayer_NamesPropertiesAndRelationsOnlyThroughTheirDeclarations()
    {
        var files = MappingLayer.Select(p => Path.Combine(RepoPaths.Root, p)).SelectMany(p =>
            Directory.Exists(p) ? Directory.GetFiles(p, "*.cs", SearchOption.AllDirectories) : File.Exists(p) ? [p] : throw new FileNotFoundException(p)).ToList();
        Assert.True(files.Count > 40, $"only {files.Count} files found in the mapping layer");
        var violations = files.SelectMany(f => Violations(Path.GetRelativePath(RepoPaths.Root, f), File.ReadLines(f))).ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Theory]
    [InlineData("""refs.Add(new("gateway", AwsArns.Lattice(region, account, "resourcegateway", gw)));""")]
    [InlineData("""return new ResourceReference("securityGroups", arn);""")]
    [InlineData("""References = [.. r.References, .. relations.Select(ResourceReference.Unresolvable)],""")]
    [InlineData("""var p = new MapBuilder().Set("type", c.Type);""")]
    [InlineData("""public static PropertySchema VpcId { get; } = new PropertySchema("vpcId", PropertyType.String, "VPC.");""")]
    [InlineData("""entries.Add(new KeyValuePair<string, Value>("vpcId", v));""")]
    public void Check_FlagsEachWayOfWritingANameAsText(string line) =>
        Assert.NotEmpty(Violations("sample.cs", [line]));

    [Theory]
    [InlineData("""refs.Add(ResourceConfigurationRelations.Gateway.To(AwsArns.Lattice(region, account, "resourcegateway", gw)));""")]
    [InlineData("""public static readonly DatabaseMapper Instance = new("AWS::RDS::DBInstance", "DBInstanceIdentifier");""")]
    [InlineData("""d.Set(ResourceGatewayProperties.VpcId, Scalar(a, "vpc_id"));""")]
    [InlineData("""var p = new PropertyMapBuilder().Set(ResourceConfigurationProperties.Type, c.Type); // not a MapBuilder""")]
    public void Check_LetsDeclaredNamesAndSourceNamesThrough(string line) =>
        Assert.Empty(Violations("sample.cs", [line]));
}
