using Scanner.Collectors.Terraform.Tests.Support;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Xunit;

namespace Scanner.Collectors.Terraform.Tests;

/// <summary><c>aws_db_instance</c> and <c>aws_rds_cluster</c> become <c>database</c>, and every resource configuration of the plan is linked to them.</summary>
public sealed class DatabaseTests
{
    private static CollectionResult Plan(params (string Type, string Name, string After, string Unknown)[] resources) =>
        new TerraformPlanCollector().CollectFromText($$"""
            {
              "format_version": "1.2", "terraform_version": "1.9.5",
              "resource_changes": [{{string.Join(",", resources.Select(r => $$"""
                {
                  "address": "{{r.Type}}.{{r.Name}}", "mode": "managed", "type": "{{r.Type}}", "name": "{{r.Name}}",
                  "provider_name": "registry.terraform.io/hashicorp/aws",
                  "change": { "actions": ["create"], "before": null, "after": {{r.After}}, "after_unknown": {{r.Unknown}} }
                }
                """))}}]
            }
            """, "p.json");

    private const string IpConfiguration = """
        { "name": "by-ip", "port_ranges": ["8443"], "resource_gateway_identifier": "rgw-0123456789abcdef0",
          "resource_configuration_definition": [{ "dns_resource": [], "arn_resource": [], "ip_resource": [{ "ip_address": "10.0.0.5" }] }] }
        """;

    [Fact]
    public void InstanceAndCluster_MapToDatabaseWithIdentifierEngineAndPort()
    {
        var result = Plan(
            ("aws_rds_cluster", "orders", """{ "cluster_identifier": "orders", "engine": "aurora-postgresql", "port": 15432 }""", """{ "id": true }"""),
            ("aws_db_instance", "ledger", """{ "identifier": "ledger", "engine": "mysql" }""", """{ "id": true, "port": true }"""));
        var orders = result.ByAddress("aws_rds_cluster.orders");
        Assert.Equal((ResourceKinds.Database, Value.From("orders"), Value.From("aurora-postgresql"), Value.From(15432)),
            (orders.Kind, orders.Prop("identifier"), orders.Prop("engine"), orders.Prop("port")));
        var ledger = result.ByAddress("aws_db_instance.ledger");
        Assert.Equal((ResourceKinds.Database, Value.From("ledger"), Value.From("mysql")), (ledger.Kind, ledger.Prop("identifier"), ledger.Prop("engine")));
        Assert.True(ledger.Prop("port").IsUnknown);
    }

    [Fact]
    public void EveryConfiguration_IsLinkedToEveryDatabaseOfThePlan()
    {
        var result = Plan(
            ("aws_rds_cluster", "orders", """{ "engine": "aurora-mysql" }""", """{ "id": true }"""),
            ("aws_db_instance", "ledger", """{ "engine": "postgres" }""", """{ "id": true }"""),
            ("aws_vpclattice_resource_configuration", "ip", IpConfiguration, """{ "id": true, "arn": true }"""));
        Assert.Equal(["p.json#aws_db_instance.ledger", "p.json#aws_rds_cluster.orders"],
            result.ByAddress("aws_vpclattice_resource_configuration.ip").Targets("nearbyDatabases").Order());
    }

    [Fact]
    public void NoDatabase_NoEdge()
    {
        var result = Plan(("aws_vpclattice_resource_configuration", "ip", IpConfiguration, """{ "id": true, "arn": true }"""));
        Assert.Empty(result.ByAddress("aws_vpclattice_resource_configuration.ip").Targets("nearbyDatabases"));
    }

    [Fact]
    public void ManyDatabases_EachConfigurationLinksTheFirstFive()
    {
        var databases = Enumerable.Range(0, 40).Select(i => ("aws_db_instance", $"db{i:00}", """{ "engine": "postgres" }""", """{ "id": true }"""));
        var configurations = Enumerable.Range(0, 40).Select(i => ("aws_vpclattice_resource_configuration", $"c{i:00}", IpConfiguration, """{ "id": true, "arn": true }"""));
        var result = Plan([.. databases, .. configurations]);
        Assert.All(result.Resources.Where(r => r.Kind == ResourceKinds.ResourceConfiguration),
            r => Assert.Equal(Enumerable.Range(0, 5).Select(i => $"p.json#aws_db_instance.db{i:00}"), r.Targets("nearbyDatabases")));
    }
}
