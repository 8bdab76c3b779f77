using Scanner.Core.Findings;
using Scanner.Rules;

namespace Scanner.Pipeline.Tests;

/// <summary>
/// Every bundled rule says which controls its findings evidence: at least one NIST SP 800-53 rev. 5 control and
/// one control of another framework, each well-formed for its framework and with a one-line reason.
/// </summary>
public class BundledComplianceTests
{
    private static readonly Lazy<RuleSet> Rules = new(() => new RuleLoader().LoadDirectories([RepoPaths.Rules]));

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var r in Rules.Value.Rules) data.Add(r.Id);
        return data;
    }

    [Fact]
    public void BundledRules_AllLoad()
    {
        Assert.True(Rules.Value.IsValid, string.Join("\n", Rules.Value.Errors));
        Assert.True(Rules.Value.Rules.Count >= 25);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_MapsToNistAndAnotherFramework_WithWellFormedControls(string ruleId)
    {
        var compliance = Rules.Value.Rules.Single(r => r.Id == ruleId).Descriptor.Compliance;
        Assert.Contains(compliance, c => c.Framework == ComplianceFrameworks.Nist80053R5.Id);
        Assert.Contains(compliance, c => c.Framework != ComplianceFrameworks.Nist80053R5.Id);
        foreach (var c in compliance)
        {
            var framework = ComplianceFrameworks.Find(c.Framework);
            Assert.True(framework is not null, $"{ruleId}: unknown framework {c.Framework}");
            Assert.True(framework!.IsWellFormed(c.Control), $"{ruleId}: {c.Control} is not a well-formed {framework.Name} control");
            Assert.False(string.IsNullOrWhiteSpace(c.Reason), $"{ruleId}: {c.Control} has no reason");
            Assert.DoesNotContain('\n', c.Reason);
            Assert.True(c.Reason.Length <= 160, $"{ruleId}: the reason for {c.Control} is {c.Reason.Length} characters (one line, at most 160)");
        }
    }

    [Fact]
    public void Selection_ByFramework_RunsOnlyMappedRules_AndRejectsUnknownFrameworks()
    {
        var all = Rules.Value.Rules;
        var (iso, error) = new RuleSelection { Frameworks = ["iso-27001-2022"] }.Apply(all);
        Assert.Null(error);
        Assert.Equal(all.Count(r => !r.Definition.Deprecated && r.Definition.Compliance.Any(c => c.Framework == "iso-27001-2022")), iso.Count);
        Assert.NotEmpty(iso);

        var custom = new RuleLoader().LoadText("""
            id: TEST-RULE-001
            name: test-rule
            title: Test rule
            severity: high
            severity_rationale: test
            description: test
            remediation: fix it
            resource: resource_gateway
            message: "{{ resource }}"
            condition:
              path: name
              equals: x
            """, "custom.yaml");
        var (withCustom, _) = new RuleSelection { Frameworks = ["nist-800-53-r5"] }.Apply([.. all, custom]);
        Assert.DoesNotContain(withCustom, r => r.Id == "TEST-RULE-001");

        var (_, unknown) = new RuleSelection { Frameworks = ["pci-dss"] }.Apply(all);
        Assert.Contains("unknown compliance framework(s): pci-dss", unknown);
    }
}
