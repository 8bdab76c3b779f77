using System.Text.Json;
using CsCheck;
using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using Scanner.Pipeline.RuleCases;
using Scanner.Pipeline.Snapshot;
using Scanner.Rules;
using Scanner.Rules.Evaluation;

namespace Scanner.Pipeline.Tests;

/// <summary>
/// Fingerprints identify a finding by rule and resource only: shuffling the plan's resources, re-indenting the
/// JSON, or adding unrelated resources must give exactly the same fingerprints.
/// </summary>
public class FingerprintPropertyTests
{
    private static readonly IReadOnlyList<CompiledRule> Rules = new RuleLoader().LoadDirectories([RepoPaths.Rules]).Rules;
    private static readonly OrganizationContext Org = new("o-a1b2c3d4e5", ["111111111111", "222222222222"]);

    private static Value Resource(string type, string name, Value values, params string[] unknown) =>
        new MapBuilder().Set("type", type).Set("name", name).Set("values", values).Set("unknown", Value.Strings(unknown)).Build();

    private static readonly Value[] Lattice =
    [
        Resource("aws_ram_resource_share", "open", new MapBuilder().Set("name", "open").Set("allow_external_principals", true).Build(), "id", "arn"),
        Resource("aws_ram_resource_share", "tight", new MapBuilder().Set("name", "tight").Build(), "id", "arn"),
        Resource("aws_vpclattice_service_network", "net", new MapBuilder().Set("name", "net").Set("auth_type", "NONE").Build(), "id", "arn"),
        Resource("aws_vpclattice_resource_gateway", "gw", new MapBuilder().Set("name", "gw").Set("vpc_id", "vpc-0a1b2c3d4e5f60718")
            .Set("subnet_ids", Value.Strings(["subnet-0aaa1111bbbb22223"])).Set("security_group_ids", Value.Strings(["sg-0123456789abcdef0"])).Build(), "id", "arn"),
    ];

    private static Value Unrelated(int i) =>
        Resource("aws_s3_bucket", $"logs{i}", new MapBuilder().Set("bucket", $"logs-{i}").Build(), "id", "arn");

    private static string[] Fingerprints(IEnumerable<Value> resources, bool indented)
    {
        var compact = new MapBuilder().Set("resources", Value.List(resources)).Build();
        var json = TerraformCaseInput.ToPlanJson(compact);
        if (indented)
        {
            using var doc = JsonDocument.Parse(json);
            json = JsonSerializer.Serialize(doc.RootElement, JsonContext.Default.JsonElement);
        }
        var collected = new InputCollector().TerraformText(json, "plan.json");
        var findings = new RuleEngine().Evaluate(new InventoryGraph(collected.Resources), Rules, Org).Findings;
        return findings.Select(f => f.RuleId + " " + f.Fingerprint).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Fingerprints_IgnoreOrderWhitespaceAndUnrelatedResources()
    {
        var expected = Fingerprints(Lattice, indented: false);
        Assert.True(expected.Length >= 3, string.Join("; ", expected));
        Gen.Select(Gen.Int[0, 5], Gen.Bool, Gen.Int.Array[Lattice.Length + 5]).Sample((extra, indented, keys) =>
        {
            var all = Lattice.Concat(Enumerable.Range(0, extra).Select(Unrelated)).ToArray();
            var shuffled = all.Select((r, i) => (r, keys[i])).OrderBy(p => p.Item2).Select(p => p.r);
            Assert.Equal(expected, Fingerprints(shuffled, indented));
        }, iter: 60);
    }
}
