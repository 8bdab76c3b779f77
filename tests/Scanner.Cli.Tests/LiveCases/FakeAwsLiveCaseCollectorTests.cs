using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Scanner.Core.Findings;

namespace Scanner.Cli.Tests.LiveCases;

/// <summary>The live-case host itself: what it serves is what the collector reads, and a bad description names its path.</summary>
public class FakeAwsLiveCaseCollectorTests
{
    private const string World = """
        {
          "organization": { "Id": "o-a1b2c3d4e5", "MasterAccountId": "111111111111",
            "OrganizationalUnits": [{ "Id": "ou-ab12-11111111", "Name": "Workloads" }],
            "Accounts": [{ "Id": "111111111111" }, { "Id": "222222222222", "ParentId": "ou-ab12-11111111" }__MORE__] },
          "accounts": { "222222222222": { "eu-west-1": {
            "resourceConfigurations": [{ "id": "rcfg-0aurora0000000001", "name": "aurora", "type": "SINGLE", "portRanges": ["5432"],
              "resourceConfigurationDefinition": { "dnsResource": { "domainName": "db.example" } } }],
            "resourceShares": [{ "name": "aurora-share", "allowExternalPrincipals": false,
              "resourceArns": ["arn:aws:vpc-lattice:eu-west-1:222222222222:resourceconfiguration/rcfg-0aurora0000000001"], "principals": ["333333333333"] }] } } }
        }
        """;

    [Fact]
    public void Collects_TheDescribedRegion_AndTheOrganizationFromOrganizations()
    {
        var inside = new FakeAwsLiveCaseCollector().Collect(World.Replace("__MORE__", ", { \"Id\": \"333333333333\" }"), "case");
        Assert.DoesNotContain(inside.Collection.Diagnostics, d => d.Level == DiagnosticLevel.Error);
        var config = Assert.Single(inside.Collection.Resources, r => r.Kind == ResourceKinds.ResourceConfiguration);
        Assert.Equal("eu-west-1", config.Region);
        Assert.Equal("o-a1b2c3d4e5", inside.Organization.OrganizationId);
        Assert.True(inside.Organization.Contains("333333333333"));

        // The same share, with 333333333333 no longer listed by ListAccounts: the organization the rules see changes with it.
        var outside = new FakeAwsLiveCaseCollector().Collect(World.Replace("__MORE__", ""), "case");
        Assert.False(outside.Organization.Contains("333333333333"));
    }

    [Fact]
    public void MisspeltField_IsAnInputErrorNamingItsPath()
    {
        var e = Assert.Throws<InputException>(() => new FakeAwsLiveCaseCollector().Collect(
            World.Replace("__MORE__", "").Replace("\"portRanges\"", "\"portRange\""), "rules/x.cases.yaml#case"));
        Assert.Contains("rules/x.cases.yaml#case", e.Message);
        Assert.Contains("live.accounts.222222222222.eu-west-1.resourceConfigurations[0]: unknown field 'portRange'", e.Message);
    }
}
