using Xunit;
using System.Text;
using Scanner.Core.Collection;

namespace Scanner.Collectors.Terraform.Tests;

/// <summary>The plan's memory budget (<see cref="TerraformPlanOptions.MaxHeldBytes"/>): entries and values are held in it as they are read.</summary>
public sealed class MemoryBudgetTests
{
    private static string Endpoints(int count, int idsEach)
    {
        var text = new StringBuilder("{\"format_version\": \"1.2\", \"resource_changes\": [");
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            var ids = string.Join(",", Enumerable.Range(0, idsEach).Select(_ => $"\"sg-{next++:x}\""));
            text.Append(i == 0 ? "" : ",").Append($"{{\"address\": \"aws_vpc_endpoint.e{i}\", \"mode\": \"managed\", \"type\": \"aws_vpc_endpoint\", \"name\": \"e{i}\", " +
                $"\"change\": {{\"actions\": [\"create\"], \"after\": {{\"vpc_endpoint_type\": \"Resource\", \"vpc_id\": \"vpc-1\", \"security_group_ids\": [{ids}]}}, \"after_unknown\": {{}}}}}}");
        }
        return text.Append("]}").ToString();
    }

    [Fact]
    public void DistinctValuesPastTheBudget_AreRefusedWhileTheEntriesAreRead()
    {
        var e = Assert.Throws<InputException>(() =>
            new TerraformPlanCollector(new TerraformPlanOptions { MaxHeldBytes = 500_000 }).CollectFromText(Endpoints(20, 1000), "plan.json"));
        Assert.StartsWith("plan.json: reading it would take more than 0.5 MiB of memory", e.Message);
    }

    [Fact]
    public void SamePlan_WithinTheDefaultBudget_IsRead()
    {
        var result = new TerraformPlanCollector().CollectFromText(Endpoints(20, 1000), "plan.json");
        Assert.Equal(20, result.Resources.Count);
    }

    [Fact]
    public void NegativeBudget_IsRefusedAsAnOption()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TerraformPlanCollector(new TerraformPlanOptions { MaxHeldBytes = -1 }));
    }
}
