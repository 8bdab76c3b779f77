using System.Text;
using Scanner.Core.Collection;
using Scanner.Core.Findings;
using Scanner.Pipeline;
using Scanner.Rules;

namespace Scanner.Library.Tests;

public class LatticeScannerTests
{
    private static readonly string PlanPath = Path.Combine(RepoPaths.Root, "examples/terraform/plan.json");
    private static readonly string[] OrgAccounts = File.ReadAllLines(Path.Combine(RepoPaths.Root, "examples/org-accounts.txt"))
        .Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0).ToArray();

    private static LatticeScanner Scanner(LatticeScannerOptions? o = null) =>
        LatticeScanner.Create((o ?? new LatticeScannerOptions()) with { OrganizationAccounts = OrgAccounts });

    private static string[] Keys(ScanResult r) => r.Findings.Select(f => $"{f.RuleId} {f.ResourceKey}").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Scan_ExamplePlanAsText_FindsThePlantedProblems()
    {
        var result = Scanner().Scan(ScanInput.TerraformPlan(File.ReadAllText(PlanPath), "examples/terraform/plan.json"));
        // The same four the command line pins for the plan (examples/terraform/README.md).
        string[] expected =
        [
            "LATTICE-GW-001 examples/terraform/plan.json#module.lattice_provider.aws_vpclattice_resource_gateway.db",
            "LATTICE-LOG-001 examples/terraform/plan.json#module.lattice_provider.aws_vpclattice_resource_configuration.sqlserver",
            "LATTICE-SHARE-001 examples/terraform/plan.json#aws_ram_resource_share.aurora",
            "LATTICE-SHARE-002 examples/terraform/plan.json#aws_ram_resource_share.sqlserver",
        ];
        Assert.Equal(expected, Keys(result));
        Assert.True(result.IsComplete);
        Assert.Equal(["terraform"], result.Report.Sources);
    }

    [Fact]
    public async Task Scan_TextStreamAndFile_GiveTheSameFindings()
    {
        var scanner = Scanner();
        var fromFile = scanner.Scan(ScanInput.TerraformPlanFile(PlanPath));
        await using var stream = File.OpenRead(PlanPath);
        var fromStream = await scanner.ScanAsync([await ScanInput.TerraformPlanAsync(stream, PlanPath)]);
        Assert.Equal(Keys(fromFile), Keys(fromStream));
        Assert.NotEmpty(fromFile.Findings);
    }

    [Fact]
    public void Gate_DecidesAsTheCommandLine()
    {
        var result = Scanner().Scan(ScanInput.TerraformPlanFile(PlanPath));
        Assert.Equal(GateDecision.Fail, result.Gate());
        Assert.Equal(GateDecision.Pass, result.Gate(new GateOptions { FailOn = null }));
        Assert.Equal(GateDecision.Pass, result.Gate(new GateOptions { FailOn = Severity.Critical }));
        Assert.Equal(1, (int)GateDecision.Fail);
        Assert.Equal(3, (int)GateDecision.Incomplete);
    }

    [Fact]
    public void Create_WithSelection_RunsOnlyTheSelectedRules()
    {
        var scanner = Scanner(new LatticeScannerOptions { Selection = new RuleSelection { Include = ["LATTICE-GW-001"] } });
        Assert.Equal(["LATTICE-GW-001"], scanner.Rules.Select(r => r.Id));
        var result = scanner.Scan(ScanInput.TerraformPlanFile(PlanPath));
        Assert.All(result.Findings, f => Assert.Equal("LATTICE-GW-001", f.RuleId));
        Assert.Single(result.Findings);
    }

    [Fact]
    public void Create_UnknownRuleId_IsAnInputError()
    {
        var e = Assert.Throws<InputException>(() => Scanner(new LatticeScannerOptions { Selection = new RuleSelection { Include = ["LATTICE-NOPE-001"] } }));
        Assert.Contains("LATTICE-NOPE-001", e.Message);
    }

    [Fact]
    public void Create_InvalidCustomRule_NamesItsFileAndLine()
    {
        var bad = new RuleText("custom/bad.yaml", "id: CUSTOM-001\nname: x\nresource: no_such_kind\n");
        var e = Assert.Throws<RuleSetInvalidException>(() => LatticeScanner.Create(new LatticeScannerOptions { RuleTexts = [bad] }));
        Assert.Contains("custom/bad.yaml", string.Join("\n", e.Errors));
    }

    [Fact]
    public void Create_WithoutBundledRules_RunsOnlyCustomOnes()
    {
        var bundled = BundledRuleSet.Texts.Single(t => t.Text.Contains("id: LATTICE-GW-001", StringComparison.Ordinal));
        var custom = new RuleText("custom/gw.yaml", bundled.Text.Replace("LATTICE-GW-001", "CUSTOM-GW-001", StringComparison.Ordinal));
        var scanner = LatticeScanner.Create(new LatticeScannerOptions { IncludeBundledRules = false, RuleTexts = [custom] });
        Assert.Equal(["CUSTOM-GW-001"], scanner.Rules.Select(r => r.Id));
        Assert.Equal(["CUSTOM-GW-001"], scanner.Scan(ScanInput.TerraformPlanFile(PlanPath)).Findings.Select(f => f.RuleId));
    }

    [Fact]
    public async Task StreamInput_OverTheLimitOrNotUtf8_IsAnInputErrorNamingTheDisplayPath()
    {
        var e = await Assert.ThrowsAsync<InputException>(() => ScanInput.TerraformPlanAsync(new MemoryStream([0xC3, 0x28]), "bad.json"));
        Assert.Contains("bad.json", e.Message);
        Assert.Contains("UTF-8", e.Message);
    }

    [Fact]
    public void Scan_MalformedText_IsAnInputErrorWithLineAndColumn()
    {
        var e = Assert.Throws<InputException>(() => Scanner().Scan(ScanInput.TerraformPlan("{\"format_version\": \"1.2\",\n  \"resource_changes\": [", "broken.json")));
        Assert.Equal("broken.json", e.File);
        Assert.True(e.Line > 0, e.Message);
    }

    [Fact]
    public void Scan_CloudFormationTextAndInventoryText_AreCollected()
    {
        var scanner = Scanner();
        var template = File.ReadAllText(Path.Combine(RepoPaths.Root, "examples/cloudformation/provider.yaml"));
        var result = scanner.Scan(ScanInput.CloudFormationTemplate(template, "provider.yaml"));
        Assert.Contains(result.Findings, f => f.RuleId == "LATTICE-SHARE-001" && f.ResourceKey == "provider.yaml#DatabaseShare");
        var emptyInventory = "{\"format\":\"latticescan-inventory\",\"version\":1,\"resources\":[]}";
        var fromInventory = scanner.Scan(ScanInput.Inventory(emptyInventory));
        Assert.Empty(fromInventory.Findings);
        Assert.Equal(["inventory"], fromInventory.Report.Sources);
    }
}
