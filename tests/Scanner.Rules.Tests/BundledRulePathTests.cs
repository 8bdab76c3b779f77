using Scanner.Core.Schema;
using Scanner.Rules;

namespace Scanner.Rules.Tests;

/// <summary>Every path a bundled rule reads (conditions, messages, operators' own paths) exists in the inventory schema.</summary>
public sealed class BundledRulePathTests
{
    [Fact]
    public void BundledRules_ReadOnlyPathsTheSchemaDeclares()
    {
        var set = new RuleLoader(InventorySchema.Default).LoadDirectories([RepoPaths.Rules]);
        Assert.True(set.RuleFiles.Count > 30, $"only {set.RuleFiles.Count} rule files found under {RepoPaths.Rules}");
        Assert.True(set.IsValid, string.Join("\n", set.Errors));
        Assert.Equal(set.RuleFiles.Count, set.Rules.Count);
    }

    [Fact]
    public void BundledRules_AgainstASchemaWithoutPropertiesOrRelations_EveryRuleNamesAMissingPath()
    {
        // The check above can fail: with the kinds but no properties or relations, every bundled rule reads a path the
        // schema does not have, and the loader says which.
        var bare = new InventorySchema(InventorySchema.Default.Kinds.Select(k => new KindSchema(k.Kind, k.Description, [], [])));
        var set = new RuleLoader(bare).LoadDirectories([RepoPaths.Rules]);
        var failed = set.Errors.Select(e => Path.GetFileName(e.File)).ToHashSet(StringComparer.Ordinal);
        var passed = set.RuleFiles.Select(Path.GetFileName).Where(f => !failed.Contains(f!)).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(passed);
    }
}
