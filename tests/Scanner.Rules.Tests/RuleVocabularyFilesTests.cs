using System.Text.Json;
using Scanner.Core.Schema;
using Scanner.Rules.Definitions;
using Scanner.Rules.Operators;

namespace Scanner.Rules.Tests;

/// <summary>
/// rules/rule.schema.json and the field and operator tables of rules/README.md are generated from the loader's own
/// field list (<see cref="RuleFields"/>) and operator registry. Set UPDATE_DOCS=1 to rewrite them after changing a
/// field or an operator; otherwise the files on disk must equal what the code generates.
/// </summary>
public class RuleVocabularyFilesTests
{
    private static bool Update => Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1";

    private static string SchemaFile => Path.Combine(RepoPaths.Rules, "rule.schema.json");

    private static string ReadmeFile => Path.Combine(RepoPaths.Rules, "README.md");

    private static void AssertOrUpdate(string path, string expected)
    {
        if (Update) File.WriteAllText(path, expected);
        var actual = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.True(actual == expected,
            $"{Path.GetRelativePath(RepoPaths.Root, path)} differs from what the rule loader generates; run UPDATE_DOCS=1 dotnet test tests/Scanner.Rules.Tests --filter RuleVocabularyFilesTests and commit it");
    }

    [Fact]
    public void RuleSchema_CheckedInFile_EqualsTheGeneratedSchema() =>
        AssertOrUpdate(SchemaFile, RuleFileSchema.Generate(InventorySchema.Default, OperatorRegistry.BuiltIn));

    [Fact]
    public void RulesReadme_FieldAndOperatorTables_EqualTheGeneratedTables()
    {
        var readme = File.ReadAllText(ReadmeFile).Replace("\r\n", "\n");
        AssertOrUpdate(ReadmeFile, RuleFileTables.UpdateReadme(readme, InventorySchema.Default, OperatorRegistry.BuiltIn));
    }

    [Fact]
    public void GeneratedSchema_ListsEveryFieldTheReaderAcceptsAndEveryOperator()
    {
        using var doc = JsonDocument.Parse(RuleFileSchema.Generate(InventorySchema.Default, OperatorRegistry.BuiltIn));
        var properties = doc.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        var leaf = doc.RootElement.GetProperty("definitions").GetProperty("condition").GetProperty("oneOf").EnumerateArray()
            .Single(o => o.GetProperty("required")[0].GetString() == "path");
        var operators = leaf.GetProperty("properties").EnumerateObject().Select(p => p.Name).Where(n => n != "path").ToHashSet();

        Assert.Equal(RuleFields.For(InventorySchema.Default).Select(f => f.Name).ToHashSet(), properties);
        Assert.Equal(OperatorRegistry.BuiltIn.All.Select(o => o.Name).ToHashSet(), operators);
        // A field the reader does not know is refused; one the schema lists is accepted by the reader.
        var e = Assert.Throws<Core.Collection.InputException>(() => new RuleLoader().LoadText(RuleText.With("resource_gateway", "path: name\nequals: x") + "\nnot_a_field: 1", "t.yaml"));
        Assert.Contains("unknown field 'not_a_field'", e.Message);
    }

    [Fact]
    public void GeneratedTables_GiveEachBuiltInOperatorARow()
    {
        var tables = RuleFileTables.Operators(OperatorRegistry.BuiltIn, collection: false) + RuleFileTables.Operators(OperatorRegistry.BuiltIn, collection: true);
        foreach (var op in OperatorRegistry.BuiltIn.All) Assert.Contains($"`{op.Name}`", tables);
        Assert.Contains("| `equals`, `not_equals` | scalar |", tables);
    }
}
