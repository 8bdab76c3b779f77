using Scanner.Core.Collection;
using Scanner.Core.Findings;

namespace Scanner.Rules.Tests;

/// <summary>The <c>compliance:</c> field of a rule file: what loads, and what is rejected with file:line:col.</summary>
public class ComplianceMappingTests
{
    private static string WithCompliance(string block) =>
        RuleText.With("resource_gateway", "path: name\nequals: x") + "\ncompliance:\n" + block;

    private static InputException LoadFails(string text) =>
        Assert.Throws<InputException>(() => new RuleLoader().LoadText(text, "rules/x.yaml"));

    [Fact]
    public void LoadText_TwoFrameworks_ReachDescriptorAndHelp()
    {
        var rule = new RuleLoader().LoadText(WithCompliance("""
              - framework: nist-800-53-r5
                control: "SC-7(5)"
                reason: Deny by default is broken.
              - framework: iso-27001-2022
                control: A.8.20
                reason: The network is exposed.
            """), "r.yaml");
        Assert.Equal(
            [new ComplianceControl("nist-800-53-r5", "SC-7(5)", "Deny by default is broken."), new ComplianceControl("iso-27001-2022", "A.8.20", "The network is exposed.")],
            rule.Descriptor.Compliance);
        Assert.Contains("| NIST SP 800-53 Rev. 5 | SC-7(5) | Deny by default is broken. |", rule.Descriptor.HelpMarkdown);
        Assert.Contains("| ISO/IEC 27001:2022 Annex A | A.8.20 | The network is exposed. |", rule.Descriptor.HelpMarkdown);
    }

    [Fact]
    public void LoadText_NoComplianceField_LoadsWithEmptyMapping()
    {
        var rule = new RuleLoader().LoadText(RuleText.With("resource_gateway", "path: name\nequals: x"), "r.yaml");
        Assert.Empty(rule.Descriptor.Compliance);
        Assert.DoesNotContain("## Compliance", rule.Descriptor.HelpMarkdown);
    }

    [Fact]
    public void LoadText_UnknownFramework_NamesTheKnownOnesAndTheLine()
    {
        var e = LoadFails(WithCompliance("  - { framework: pci-dss-4, control: \"1.2.1\", reason: r }\n"));
        Assert.Contains("unknown compliance framework 'pci-dss-4'", e.Reason);
        Assert.Contains("nist-800-53-r5, iso-27001-2022", e.Reason);
        Assert.Equal(15, e.Line);
        Assert.Equal(5, e.Column);
    }

    [Theory]
    [InlineData("nist-800-53-r5", "SC7")]
    [InlineData("nist-800-53-r5", "XX-1")]
    [InlineData("nist-800-53-r5", "sc-7")]
    [InlineData("nist-800-53-r5", "SC-7(5")]
    [InlineData("nist-800-53-r5", "SC-0")]
    [InlineData("iso-27001-2022", "A.8.35")]
    [InlineData("iso-27001-2022", "A.5.38")]
    [InlineData("iso-27001-2022", "A.9.1")]
    [InlineData("iso-27001-2022", "8.20")]
    [InlineData("iso-27001-2022", "A.13.1.1")]
    public void LoadText_MalformedControl_IsRejected(string framework, string control)
    {
        var e = LoadFails(WithCompliance($"  - {{ framework: {framework}, control: \"{control}\", reason: r }}\n"));
        Assert.Contains($"control '{control}' is not a", e.Reason);
    }

    [Fact]
    public void LoadText_ControlListedTwice_IsRejected()
    {
        var e = LoadFails(WithCompliance("  - { framework: nist-800-53-r5, control: AC-4, reason: a }\n  - { framework: nist-800-53-r5, control: AC-4, reason: b }\n"));
        Assert.Contains("nist-800-53-r5 AC-4 is listed twice", e.Reason);
        Assert.Equal(16, e.Line);
    }

    [Theory]
    [InlineData("  - { framework: nist-800-53-r5, control: AC-4 }\n", "needs 'framework', 'control' and a non-empty 'reason'")]
    [InlineData("  - { framework: nist-800-53-r5, control: AC-4, reason: \"two\\nlines\" }\n", "must be one line")]
    [InlineData("  - { framework: nist-800-53-r5, control: AC-4, reason: r, why: x }\n", "unknown field 'compliance.why'")]
    [InlineData("  - { framework: NIST-800-53-R5, control: AC-4, reason: r }\n", "must be written 'nist-800-53-r5'")]
    [InlineData("  nist: AC-4\n", "must be a list")]
    public void LoadText_BadEntry_SaysWhatIsWrong(string block, string expected)
    {
        var e = LoadFails(WithCompliance(block));
        Assert.Contains(expected, e.Reason);
    }

    [Theory]
    [InlineData("AC-4"), InlineData("SC-7(5)"), InlineData("SR-12"), InlineData("AU-9(10)")]
    public void Nist_WellFormedControls_Pass(string control) => Assert.True(ComplianceFrameworks.Nist80053R5.IsWellFormed(control));

    [Theory]
    [InlineData("A.5.1"), InlineData("A.5.37"), InlineData("A.6.8"), InlineData("A.7.14"), InlineData("A.8.34")]
    public void Iso_EveryAnnexAThemeBoundary_Passes(string control) => Assert.True(ComplianceFrameworks.Iso27001.IsWellFormed(control));

    [Fact]
    public void Requirement_UsesSecurityHubForm()
    {
        Assert.Equal("NIST.800-53.r5 SC-7(5)", ComplianceFrameworks.Nist80053R5.Requirement("SC-7(5)"));
        Assert.Equal("ISO.IEC.27001.2022 A.8.20", ComplianceFrameworks.Iso27001.Requirement("A.8.20"));
    }
}
