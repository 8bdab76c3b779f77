using System.Text;
using Scanner.Core.Collection;
using Scanner.Core.Findings;
using Scanner.Pipeline;
using Scanner.Core.Inventory;
using Scanner.Rules;
using Scanner.Rules.Evaluation;
using Scanner.Rules.Operators;

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

    /// <summary>A host's own operator: the value ends with one of the given suffixes, in any case.</summary>
    private sealed class EndsWithAnyOperator() : ElementOperator("ends_with_any",
        ArgumentType.ListOf(ArgumentType.String(), minItems: 1).Described("list of suffixes", "a list of suffixes"), "ends with one of them, in any case")
    {
        public override (OperatorArgument?, string?) Validate(Value argument) =>
            argument.IsList && argument.Items.Count > 0 && argument.Items.All(i => i.IsString) ? Ok(argument) : Fail();

        public override Tri Test(Value value, OperatorArgument argument, EvaluationContext context) =>
            TriLogic.From(value.IsString && argument.Raw.Items.Any(s => value.AsString.EndsWith(s.AsString, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Create_WithCustomOperator_RuleFromYamlUsesIt()
    {
        var rule = new RuleText("custom/gw-name.yaml", """
            id: CUSTOM-GW-001
            name: gateway-named-for-tests
            title: Resource gateway named for tests
            severity: low
            severity_rationale: a test gateway in a production account is a stray
            description: Gateways whose name ends in -test or -tmp.
            remediation: Delete the gateway.
            resource: resource_gateway
            message: "{{ resource }} looks like a test gateway"
            condition:
              path: name
              ends_with_any: ["-TEST", "-tmp"]
            """);
        var options = new LatticeScannerOptions { IncludeBundledRules = false, RuleTexts = [rule], Operators = [new EndsWithAnyOperator()] };
        var inventory = """
            {"format":"latticescan-inventory","version":1,"resources":[
              {"kind":"resource_gateway","key":"gw-a","origin":"aws","name":"db-test","properties":{}},
              {"kind":"resource_gateway","key":"gw-b","origin":"aws","name":"db-prod","properties":{}}]}
            """;

        var result = LatticeScanner.Create(options).Scan(ScanInput.Inventory(inventory));

        Assert.Equal(["CUSTOM-GW-001 gw-a"], Keys(result));
        var without = Assert.Throws<RuleSetInvalidException>(() => LatticeScanner.Create(options with { Operators = [] }));
        Assert.Contains("unknown operator 'ends_with_any'", string.Join("\n", without.Errors));
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
