using Scanner.Collectors.Terraform.Tests.Support;
using Scanner.Core.Inventory;
using Xunit;

namespace Scanner.Collectors.Terraform.Tests;

/// <summary>Verbatim plans from Terraform's and checkov's repositories (copied from the shared reference set).</summary>
public sealed class ReferenceFixtureTests
{
    [Theory]
    [InlineData("terraform-core-show-json-basic-create.json")]
    [InlineData("terraform-core-show-json-modules.json")]
    [InlineData("terraform-core-show-json-requires-replace.json")]
    [InlineData("terraform-core-show-json-unknown-output.json")]
    [InlineData("checkov-aws-resource-reference-tf0.12.json")]
    public void Collect_ReferencePlanWithoutLatticeResources_ParsesToNothing(string file)
    {
        var result = new TerraformPlanCollector().Collect(Fixture.Path("reference", file));
        Assert.Empty(result.Resources);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Collect_CheckovForEachModulePlan_ReadsInlineAllTrafficRule()
    {
        var result = new TerraformPlanCollector().Collect(Fixture.Path("reference", "checkov-aws-for-each-module-sg-tf1.9.5.json"));
        var groups = result.Resources.Where(r => r.Kind == ResourceKinds.SecurityGroup).ToList();
        Assert.NotEmpty(groups);
        var bad = groups.First(g => g.Address!.StartsWith("module.sg[", StringComparison.Ordinal));
        var rule = bad.Prop("ingress").Items[0];
        Assert.Equal(Value.From("all"), rule.Get("protocol"));
        Assert.Equal(Value.From(0), rule.Get("fromPort"));
        Assert.Equal(Value.From(65535), rule.Get("toPort"));
        Assert.Equal(Value.From("0.0.0.0/0"), rule.Get("cidrIpv4"));
    }
}
