using Scanner.Rules;

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
}
