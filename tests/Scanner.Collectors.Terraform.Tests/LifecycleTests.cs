using Scanner.Collectors.Terraform.Tests.Support;
using Xunit;

namespace Scanner.Collectors.Terraform.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public void Collect_MixedActions_ScansOnlyResourcesThatWillExist()
    {
        var result = new TerraformPlanCollector().Collect(Fixture.Path("lifecycle.plan.json"));
        Assert.Equal(
            ["aws_vpclattice_service_network.created", "aws_vpclattice_service_network.updated", "aws_vpclattice_service_network.same",
             "aws_vpclattice_service_network.replaced", "aws_vpclattice_service_network.cbd"],
            result.Resources.Select(r => r.Address!).ToArray());
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Collect_Replace_UsesPlannedAfterValues()
    {
        var replaced = new TerraformPlanCollector().Collect(Fixture.Path("lifecycle.plan.json")).ByAddress("aws_vpclattice_service_network.replaced");
        Assert.Equal("replaced", replaced.Name);
        Assert.Equal("arn:aws:vpc-lattice:eu-west-1:444444444444:servicenetwork/sn-0r000000000000000", replaced.Arn);
        Assert.Equal("444444444444", replaced.AccountId);
    }
}
