using Scanner.Core.Collection;
using Scanner.Core.Findings;
using Scanner.Pipeline.Configuration;
using Scanner.Rules;

namespace Scanner.Pipeline.Tests;

public class ConfigAndSelectionTests
{
    private static readonly IReadOnlyList<CompiledRule> Bundled = new RuleLoader().LoadDirectories([RepoPaths.Rules]).Rules;

    [Fact]
    public void Selection_IncludeSkipAndTags_Compose()
    {
        var (onlyGw, e1) = new RuleSelection { Include = ["LATTICE-GW-001"] }.Apply(Bundled);
        Assert.Null(e1);
        Assert.Equal(["LATTICE-GW-001"], onlyGw.Select(r => r.Id));

        var (ram, _) = new RuleSelection { Tags = ["ram"], Skip = ["LATTICE-SHARE-002"] }.Apply(Bundled);
        Assert.Contains(ram, r => r.Id == "LATTICE-SHARE-001");
        Assert.DoesNotContain(ram, r => r.Id == "LATTICE-SHARE-002");
        Assert.All(ram, r => Assert.Contains("ram", r.Definition.Tags));
    }

    [Fact]
    public void Selection_UnknownId_IsAnError()
    {
        var (_, error) = new RuleSelection { Skip = ["LATTICE-NOPE-999"] }.Apply(Bundled);
        Assert.Contains("LATTICE-NOPE-999", error);
    }

    [Fact]
    public void Selection_SeverityOverride_ChangesDescriptor()
    {
        var (rules, _) = new RuleSelection { SeverityOverrides = new Dictionary<string, Severity> { ["LATTICE-LOG-001"] = Severity.Low } }.Apply(Bundled);
        var log = rules.Single(r => r.Id == "LATTICE-LOG-001");
        Assert.Equal(Severity.Low, log.Descriptor.Severity);
        Assert.Equal(3.0, log.Descriptor.SecuritySeverity);
    }

    [Fact]
    public void Config_ReadsEverySection_AndResolvesPathsFromItsFolder()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "accounts.txt"), "111111111111\n# comment\n222222222222, 333333333333\n");
        Directory.CreateDirectory(Path.Combine(dir, "custom"));
        var path = Path.Combine(dir, ".latticescan.yaml");
        File.WriteAllText(path, """
            organization:
              id: o-a1b2c3d4e5
              accounts: ["444444444444"]
              accounts_file: accounts.txt
            rules:
              folders: [custom]
              skip: [LATTICE-LOG-001]
              severity: { LATTICE-GW-001: critical }
            suppressions: supp.yaml
            fail_on: medium
            """);
        var c = ScannerConfigReader.Read(path);
        Assert.Equal("o-a1b2c3d4e5", c.OrganizationId);
        Assert.Equal(["444444444444", "111111111111", "222222222222", "333333333333"], c.OrganizationAccounts);
        Assert.Equal(Path.Combine(dir, "custom"), Path.GetFullPath(c.RuleFolders.Single()));
        Assert.Equal(Severity.Critical, c.SeverityOverrides["LATTICE-GW-001"]);
        Assert.Equal(Path.Combine(dir, "supp.yaml"), Path.GetFullPath(c.SuppressionsFile!));
        Assert.Equal("medium", c.FailOn);
    }

    [Fact]
    public void Config_UnknownField_NamesLineAndColumn()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "rules:\n  skipp: [X-1]\n");
        var e = Assert.Throws<InputException>(() => ScannerConfigReader.Read(path));
        Assert.Contains("unknown field 'rules.skipp'", e.Reason);
        Assert.Equal((2, 3), (e.Line, e.Column));
    }

    [Fact]
    public void AccountList_RejectsMalformedIds()
    {
        var e = Assert.Throws<InputException>(() => AccountList.Parse("111111111111,12345", "--org-accounts"));
        Assert.Contains("'12345' is not a 12-digit AWS account id", e.Reason);
    }

    [Fact]
    public void Config_MissingRulesFolder_NamesTheConfigFileLineAndColumn()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var path = Path.Combine(dir, ".latticescan.yaml");
        File.WriteAllText(path, "rules:\n  folders: [./custom-rules]\n");
        var e = Assert.Throws<Scanner.Core.Collection.InputException>(() => ScannerConfigReader.Read(path));
        Assert.Equal((path, 2, 13), (e.File, e.Line, e.Column));
        Assert.Contains("'./custom-rules' not found", e.Reason);
    }
}
