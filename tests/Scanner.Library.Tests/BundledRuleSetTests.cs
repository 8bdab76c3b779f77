using Scanner.Pipeline.RuleCases;
using Scanner.Rules;
using Scanner.Rules.Precompiled;

namespace Scanner.Library.Tests;

public class BundledRuleSetTests
{
    [Fact]
    public void Texts_AreExactlyTheRuleFilesOfTheRepository()
    {
        var onDisk = RuleLoader.RuleFilesIn(RepoPaths.Rules)
            .ToDictionary(f => "rules/" + Path.GetRelativePath(RepoPaths.Rules, f).Replace('\\', '/'), File.ReadAllText);
        var embedded = BundledRuleSet.Texts.ToDictionary(t => t.DisplayPath, t => t.Text);
        Assert.Equal(onDisk.Keys.Order(StringComparer.Ordinal), embedded.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, text) in onDisk) Assert.True(text == embedded[path], $"{path} differs from its embedded copy");
    }

    [Fact]
    public void Texts_LoadWithoutErrors_AndGiveTheSameRulesAsTheFolder()
    {
        var fromTexts = new RuleLoader().Load([], BundledRuleSet.Texts);
        var fromFolder = new RuleLoader().LoadDirectories([RepoPaths.Rules]);
        Assert.True(fromTexts.IsValid, string.Join("\n", fromTexts.Errors));
        Assert.Equal(fromFolder.Rules.Select(r => r.Id), fromTexts.Rules.Select(r => r.Id));
        Assert.True(fromTexts.Rules.Count >= 30, $"only {fromTexts.Rules.Count} bundled rules");
    }

    /// <summary>The rule files as the build's precompiler reads them: named rules/&lt;resource&gt;/&lt;slug&gt;.yaml.</summary>
    private static RuleSet LoadYaml() => new RuleLoader().Load([], RuleLoader.RuleFilesIn(RepoPaths.Rules)
        .Select(f => new RuleText("rules/" + Path.GetRelativePath(RepoPaths.Rules, f).Replace('\\', '/'), File.ReadAllText(f)))
        .OrderBy(t => t.DisplayPath, StringComparer.Ordinal));

    private static PrecompiledRuleForm EmbeddedForm() => BundledRuleSet.CompiledForm();

    [Fact]
    public void Rules_AreTheCompiledFormOfTheRuleFiles_FieldForField()
    {
        // The writer records every part of a compiled rule (definition, help, condition tree, operator arguments,
        // what it reads, whether it needs the organization): equal forms (texts and structure) are equal rules. Loading the YAML now must
        // give exactly what the build embedded, and what the binary restores must write the same bytes again.
        var yaml = LoadYaml();
        Assert.True(yaml.IsValid, string.Join("\n", yaml.Errors));
        var embedded = EmbeddedForm();
        Assert.True(PrecompiledRuleWriter.Write(yaml.Rules).SameAs(embedded),
            "the embedded rule set differs from the rule files: rebuild src/Scanner.Library");
        Assert.True(PrecompiledRuleWriter.Write(BundledRuleSet.Rules).SameAs(embedded),
            "restoring the embedded rule set lost or changed something");
        Assert.Equal(yaml.Rules.Select(r => r.Id), BundledRuleSet.Rules.Select(r => r.Id));
        Assert.Equal(yaml.Rules.Select(r => r.Descriptor.HelpMarkdown), BundledRuleSet.Rules.Select(r => r.Descriptor.HelpMarkdown));
    }

    [Fact]
    public void Rules_BehaveAsTheRuleFilesOnEveryBundledCase()
    {
        // The same must-fire / must-not cases through the real collectors and the engine, once with the YAML rules and
        // once with the embedded compiled set (its files resolved in the repository so the case files are found).
        var runner = new RuleCaseRunner();
        var fromYaml = runner.Run(new RuleLoader().LoadDirectories([RepoPaths.Rules]));
        var precompiled = PrecompiledRuleReader.Read(EmbeddedForm(), RepoPaths.Root);
        var fromPrecompiled = runner.Run(new RuleLoader().Load(precompiled, [], []));

        Assert.True(fromYaml.Passed, "the YAML rules fail their own cases");
        Assert.True(fromPrecompiled.Passed, string.Join("\n", fromPrecompiled.Rules.Where(r => !r.Passed)
            .SelectMany(r => r.Problems.Concat(r.Cases.Where(c => !c.Passed).Select(c => $"{r.RuleId} {c.Name}: {c.Failure}")))));
        static IEnumerable<string> Outcomes(RuleTestReport report) => report.Rules.SelectMany(r =>
            r.Cases.Select(c => $"{r.RuleId} {c.Name} [{c.Form}] {c.Passed} fired: {string.Join(",", c.Actual)} {c.Failure}").Prepend($"{r.RuleId} {Path.GetFullPath(r.RuleFile)} {r.Passed}"));
        Assert.Equal(Outcomes(fromYaml), Outcomes(fromPrecompiled));
        Assert.True(fromPrecompiled.Rules.Sum(r => r.Cases.Count) >= 2 * precompiled.Count, "fewer cases than two a rule");
    }
}
