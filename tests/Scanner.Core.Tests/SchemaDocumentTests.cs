using Scanner.Core.Schema;

namespace Scanner.Core.Tests;

public class SchemaDocumentTests
{
    /// <summary>docs/inventory-schema.md is generated; set UPDATE_DOCS=1 to rewrite it after a schema change.</summary>
    [Fact]
    public void InventorySchemaPage_IsUpToDate()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Scanner.sln"))) root = Path.GetDirectoryName(root)!;
        var path = Path.Combine(root, "docs", "inventory-schema.md");
        var expected = InventorySchemaMarkdown.Render(InventorySchema.Default);
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), "docs/inventory-schema.md is missing: run the tests with UPDATE_DOCS=1");
        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void Schema_InverseRelationsPointAtExistingForwardRelations()
    {
        foreach (var kind in InventorySchema.Default.Kinds)
        foreach (var rel in kind.Relations.Where(r => r.InverseOf is not null))
        {
            var (sourceKind, sourceRelation) = rel.InverseOf!.Value;
            var forward = InventorySchema.Default.Kind(sourceKind)?.Relation(sourceRelation);
            Assert.True(forward is not null, $"{kind.Kind}.{rel.Name} mirrors missing {sourceKind}.{sourceRelation}");
            Assert.Contains(kind.Kind, forward!.TargetKinds);
        }
    }
}
