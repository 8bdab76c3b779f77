using Scanner.Collectors.Terraform.Tests.Support;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Xunit;

namespace Scanner.Collectors.Terraform.Tests;

public sealed class ResourceShareTests
{
    private static readonly CollectionResult Result = new TerraformPlanCollector().CollectFromText(Fixture.Text("ram.plan.json"), "ram.json");

    private static Value Principal(string id, string type, string? account = null, string? org = null) =>
        new MapBuilder().Set("id", id).Set("type", type).Set("accountId", account).Set("organizationId", org).Build();

    [Fact]
    public void Collect_AllowExternalPrincipalsUnset_DefaultsToFalse()
    {
        Assert.Equal(Value.False, Result.ByAddress("aws_ram_resource_share.defaulted").Prop("allowExternalPrincipals"));
        Assert.Equal(Value.True, Result.ByAddress("aws_ram_resource_share.existing").Prop("allowExternalPrincipals"));
    }

    [Fact]
    public void Collect_PrincipalAssociationsByReference_MergedWithTypes()
    {
        var share = Result.ByAddress("aws_ram_resource_share.defaulted");
        Assert.Equal(Value.List(
            Principal("555555555555", "account", account: "555555555555"),
            Principal("arn:aws:organizations::111111111111:organization/o-a1b2c3d4e5", "organization", org: "o-a1b2c3d4e5"),
            Principal("arn:aws:organizations::111111111111:ou/o-a1b2c3d4e5/ou-ab12-cd34ef56", "organizationalUnit", org: "o-a1b2c3d4e5"),
            Value.Unknown), share.Prop("principals"));
    }

    [Fact]
    public void Collect_PrincipalAssociationsByLiteralArn_MergedIntoKnownShare()
    {
        var share = Result.ByAddress("aws_ram_resource_share.existing");
        Assert.Equal(Value.List(
            Principal("arn:aws:iam::666666666666:role/consumer", "iam", account: "666666666666"),
            Principal("vpc-lattice.amazonaws.com", "service")), share.Prop("principals"));
        Assert.Equal("444444444444", share.Prop("owningAccountId").AsString);
    }

    [Fact]
    public void Collect_ResourceAssociations_FillResourceArnsAndReferences()
    {
        var defaulted = Result.ByAddress("aws_ram_resource_share.defaulted");
        Assert.Equal(Value.List(Value.Unknown), defaulted.Prop("resourceArns"));
        Assert.Equal(["ram.json#aws_vpclattice_resource_configuration.db"], defaulted.Targets("resources"));
        var existing = Result.ByAddress("aws_ram_resource_share.existing");
        const string Literal = "arn:aws:vpc-lattice:eu-west-1:888888888888:resourceconfiguration/rcfg-0123456789abcdef0";
        Assert.Equal(Value.Strings([Literal]), existing.Prop("resourceArns"));
        Assert.Equal([Literal], existing.Targets("resources"));
    }

    [Fact]
    public void Collect_AssociationsAndOrgSharing_AreNotResources()
    {
        Assert.Equal(["aws_ram_resource_share.defaulted", "aws_ram_resource_share.existing", "aws_vpclattice_resource_configuration.db"],
            Result.Resources.Select(r => r.Address!).ToArray());
        var note = Assert.Single(Result.Diagnostics);
        Assert.Equal("ResourceShareNotInPlan", note.Code);
    }

    [Fact]
    public void Collect_SuppressionTag_BecomesInlineSuppression()
    {
        var share = Result.ByAddress("aws_ram_resource_share.defaulted");
        Assert.Equal("partner onboarding until Q3", share.InlineSuppressions["LATTICE-RAM-002"]);
        Assert.Equal(Value.From("data"), share.Prop("tags").Get("team"));
    }
}
