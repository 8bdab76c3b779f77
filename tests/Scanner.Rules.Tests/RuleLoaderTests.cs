using Scanner.Core.Collection;

namespace Scanner.Rules.Tests;

public class RuleLoaderTests
{
    private static InputException LoadFails(string text) =>
        Assert.Throws<InputException>(() => new RuleLoader().LoadText(text, "rules/x.yaml"));

    [Fact]
    public void LoadText_ValidRule_CompilesWithDescriptor()
    {
        var rule = new RuleLoader().LoadText(RuleText.With("resource_gateway", "path: name\nequals: x"), "r.yaml");
        Assert.Equal("TEST-RULE-001", rule.Id);
        Assert.Equal("resource_gateway", rule.Descriptor.ResourceKind);
        Assert.Equal(8.0, rule.Descriptor.SecuritySeverity);
        Assert.Contains("## Remediation", rule.Descriptor.HelpMarkdown);
    }

    [Fact]
    public void LoadText_UnknownAndOwners_ReadAsTheirPolicies()
    {
        var loader = new RuleLoader();
        var fire = loader.LoadText(RuleText.With("resource_gateway", "path: name\nequals: x", unknown: "fire").Replace("resource: resource_gateway", "resource: resource_gateway\nowners: any", StringComparison.Ordinal), "r.yaml");
        Assert.Equal((Core.Findings.UnknownPolicy.Fire, Definitions.OwnerScope.Any), (fire.Definition.Unknown, fire.Definition.Owners));
        Assert.Equal(Core.Findings.UnknownPolicy.Fire, fire.Descriptor.UnknownPolicy);
        var defaults = loader.LoadText(RuleText.With("resource_gateway", "path: name\nequals: x"), "r.yaml");
        Assert.Equal((Core.Findings.UnknownPolicy.Skip, Definitions.OwnerScope.Organization), (defaults.Definition.Unknown, defaults.Definition.Owners));
    }

    [Theory]
    [InlineData("unknown: maybe", "unknown 'maybe' must be 'fire' or 'skip'")]
    [InlineData("owners: partners", "owners 'partners' must be 'organization' or 'any'")]
    public void LoadText_UnknownPolicyWord_IsRefusedWithItsLocation(string line, string message)
    {
        var e = LoadFails(RuleText.With("resource_gateway", "path: name\nequals: x").Replace("unknown: skip", line, StringComparison.Ordinal));
        Assert.Contains(message, e.Reason);
        Assert.Equal(9, e.Line);
    }

    [Fact]
    public void LoadText_UnknownField_NamesFieldLineAndColumn()
    {
        var e = LoadFails(RuleText.With("resource_gateway", "path: name\nequals: x") + "\nseverty: high\n");
        Assert.Contains("unknown field 'severty'", e.Reason);
        Assert.Equal("rules/x.yaml", e.File);
        Assert.Equal(14, e.Line);
        Assert.Equal(1, e.Column);
    }

    [Fact]
    public void LoadText_UnknownOperator_NamesOperator()
    {
        var e = LoadFails(RuleText.With("resource_gateway", "path: name\nequalz: x"));
        Assert.Contains("unknown operator 'equalz'", e.Reason);
        Assert.Equal(13, e.Line);
        Assert.Equal(3, e.Column);
    }

    [Fact]
    public void LoadText_MisspeltPath_ListsKnownNames()
    {
        var e = LoadFails(RuleText.With("resource_gateway", "path: securityGroup.ingress\nnot_empty: true"));
        Assert.Contains("resource_gateway has no property or relation 'securityGroup'", e.Reason);
        Assert.Contains("securityGroups", e.Reason);
    }

    [Fact]
    public void LoadText_MemberOfScalar_IsRejected()
    {
        var e = LoadFails(RuleText.With("resource_gateway", "path: vpcId.foo\nexists: true"));
        Assert.Contains("'vpcId' is a string; it has no member 'foo'", e.Reason);
    }

    [Fact]
    public void LoadText_WrongArgumentType_SaysWhatIsExpected()
    {
        var e = LoadFails(RuleText.With("security_group", "path: ingress.fromPort\ngreater_than: many"));
        Assert.Contains("operator 'greater_than' expects a number", e.Reason);
    }

    [Fact]
    public void LoadText_BadRegex_IsRejectedWithLocation()
    {
        var e = LoadFails(RuleText.With("resource_gateway", "path: name\nmatches: \"(unclosed\""));
        Assert.Contains("invalid regular expression", e.Reason);
        Assert.Equal(13, e.Line);
    }

    [Fact]
    public void LoadText_BadCidrArgument_IsRejected()
    {
        var e = LoadFails(RuleText.With("security_group", "path: ingress.cidrIpv4\ncidr_within: [10.0.0.0/33]"));
        Assert.Contains("'10.0.0.0/33' is not a CIDR range", e.Reason);
    }

    [Fact]
    public void LoadText_ValueOperatorOnRelation_IsRejected()
    {
        var e = LoadFails(RuleText.With("resource_gateway", "path: securityGroups\nequals: x"));
        Assert.Contains("selects security_group resources", e.Reason);
    }

    [Fact]
    public void LoadText_UnknownResourceKind_ListsKinds()
    {
        var e = LoadFails(RuleText.With("gateway", "path: name\nequals: x"));
        Assert.Contains("unknown resource kind 'gateway'", e.Reason);
        Assert.Contains("resource_gateway", e.Reason);
    }

    [Fact]
    public void LoadText_TwoOperatorsInOneLeaf_IsRejected()
    {
        var e = LoadFails(RuleText.With("resource_gateway", "path: name\nequals: x\nnot_equals: y"));
        Assert.Contains("a condition takes one operator", e.Reason);
    }

    [Fact]
    public void LoadText_MissingRequiredField_NamesIt()
    {
        var e = LoadFails("id: A-B\nname: a\n");
        Assert.Contains("missing required field 'title'", e.Reason);
    }

    [Fact]
    public void LoadText_MessagePlaceholderWithUnknownPath_IsRejected()
    {
        var e = LoadFails(RuleText.With("resource_gateway", "path: name\nequals: x", message: "{{ nmae }}"));
        Assert.Contains("message: path 'nmae'", e.Reason);
    }

    [Fact]
    public void LoadText_MalformedYaml_ReportsLineAndColumn()
    {
        var e = LoadFails("id: x\nname: a\n  bad: indentation\n");
        Assert.StartsWith("invalid YAML", e.Reason);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void LoadText_ParserInternalFailure_IsStillAnInputError()
    {
        var e = LoadFails("id: [unclosed\nname: x\n");
        Assert.StartsWith("invalid YAML", e.Reason);
    }

    [Fact]
    public void LoadDirectories_DuplicateIds_ReportsSecondFile()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var text = RuleText.With("resource_gateway", "path: name\nequals: x");
            File.WriteAllText(Path.Combine(dir, "a.yaml"), text);
            File.WriteAllText(Path.Combine(dir, "b.yaml"), text);
            var set = new RuleLoader().LoadDirectories([dir]);
            Assert.Single(set.Rules);
            var error = Assert.Single(set.Errors);
            Assert.EndsWith("b.yaml", error.File);
            Assert.Contains("duplicate rule id 'TEST-RULE-001'", error.Reason);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void LoadDirectories_BundledRules_AllLoad()
    {
        var set = new RuleLoader().LoadDirectories([RepoPaths.Rules]);
        Assert.Empty(set.Errors);
        Assert.True(set.Rules.Count >= 4, $"only {set.Rules.Count} bundled rules");
    }
}
