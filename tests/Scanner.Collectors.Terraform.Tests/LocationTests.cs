using Scanner.Collectors.Terraform.Tests.Support;
using Scanner.Core.Inventory;
using Xunit;

namespace Scanner.Collectors.Terraform.Tests;

public sealed class LocationTests
{
    private static readonly string Plan = Fixture.Path("modules", "plan.json");
    private static readonly string Folder = Fixture.Path("modules");

    [Fact]
    public void Collect_RootResourceWithSources_PointsAtResourceBlock()
    {
        var r = new TerraformPlanCollector().Collect(Plan).ByAddress("aws_vpclattice_service_network.shared");
        Assert.Equal(new SourceLocation(Folder + "/main.tf", 9, 1, "aws_vpclattice_service_network.shared"), r.Location);
    }

    [Fact]
    public void Collect_IndentedBlock_ReportsItsColumn()
    {
        var r = new TerraformPlanCollector().Collect(Plan).ByAddress("aws_vpclattice_resource_configuration.orphan");
        Assert.Equal(new SourceLocation(Folder + "/main.tf", 42, 3, "aws_vpclattice_resource_configuration.orphan"), r.Location);
    }

    [Fact]
    public void Collect_ResourceTwoModulesDown_PointsAtNestedModuleFile()
    {
        var r = new TerraformPlanCollector().Collect(Plan).ByAddress("module.net[\"b\"].module.sg.aws_security_group.this");
        Assert.Equal(new SourceLocation(Folder + "/modules/network/modules/sg/main.tf", 4, 1, "module.net[\"b\"].module.sg.aws_security_group.this"), r.Location);
    }

    [Fact]
    public void Collect_RegistryModule_FallsBackToPlanEntryLine()
    {
        var r = new TerraformPlanCollector().Collect(Plan).ByAddress("module.remote.aws_security_group.this");
        var expectedLine = File.ReadAllLines(Plan).Select((l, i) => (l, i)).First(x => x.l.Contains("\"address\": \"module.remote.aws_security_group.this\"") && x.i > 600).i;
        Assert.Equal(Plan, r.Location!.File);
        Assert.Equal(expectedLine, r.Location.Line); // the entry's "{" is the line before its "address"
        Assert.Equal(5, r.Location.Column);
        Assert.Equal("module.remote.aws_security_group.this", r.Location.LogicalName);
    }

    [Fact]
    public void CollectFromText_WithoutSourceDirectory_UsesPlanPathAndAddress()
    {
        var r = new TerraformPlanCollector().CollectFromText(File.ReadAllText(Plan), "case.json").ByAddress("aws_vpclattice_service_network.shared");
        Assert.Equal("case.json", r.Location!.File);
        Assert.True(r.Location.Line > 1);
        Assert.Equal("aws_vpclattice_service_network.shared", r.Location.LogicalName);
        Assert.Equal("case.json#aws_vpclattice_service_network.shared", r.Key);
    }

    [Fact]
    public void CollectFromText_WithSourceDirectory_FindsBlocks()
    {
        var collector = new TerraformPlanCollector(new TerraformPlanOptions { SourceDirectory = Folder });
        var r = collector.CollectFromText(File.ReadAllText(Plan), "case.json").ByAddress("module.net[\"a\"].aws_vpclattice_service_network_vpc_association.this");
        Assert.Equal(new SourceLocation(Folder + "/modules/network/main.tf", 11, 1, "module.net[\"a\"].aws_vpclattice_service_network_vpc_association.this"), r.Location);
    }

    [Fact]
    public void Collect_MinifiedPlanWithoutSources_ReportsLineOneAndEntryColumn()
    {
        var json = """{"format_version":"1.2","resource_changes":[{"address":"aws_vpclattice_service_network.a","mode":"managed","type":"aws_vpclattice_service_network","name":"a","change":{"actions":["create"],"after":{"name":"a","auth_type":"NONE"},"after_unknown":{"id":true}}}]}""";
        var r = Assert.Single(new TerraformPlanCollector().CollectFromText(json, "min.json").Resources);
        Assert.Equal(new SourceLocation("min.json", 1, 45, "aws_vpclattice_service_network.a"), r.Location);
    }
}
