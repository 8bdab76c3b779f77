using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Tests;

/// <summary>RDS DB instances and Aurora clusters become <c>database</c>, and every resource configuration of the template is linked to them.</summary>
public sealed class DatabaseTests
{
    /// <summary>A resource configuration that targets an IP address, as the last resource of a template.</summary>
    private const string ByIp =
        "  ByIp:\n    Type: AWS::VpcLattice::ResourceConfiguration\n" +
        "    Properties: { Name: by-ip, ResourceGatewayId: rgw-0123456789abcdef0, ResourceConfigurationDefinition: { IpResource: 10.0.0.5 } }\n";

    [Fact]
    public void InstanceAndCluster_MapToDatabaseWithIdentifierEngineAndPort()
    {
        var result = Cfn.Collect(Cfn.Template("""
              Orders:
                Type: AWS::RDS::DBCluster
                Properties: { DBClusterIdentifier: orders, Engine: aurora-postgresql, Port: 15432 }
              Ledger:
                Type: AWS::RDS::DBInstance
                Properties: { DBInstanceIdentifier: ledger, Engine: mysql, Port: "3307", DBInstanceClass: db.t4g.micro }
            """));
        var orders = result.Single("Orders");
        Assert.Equal((ResourceKinds.Database, "orders", "aurora-postgresql", 15432.0),
            (orders.Kind, orders.Str("identifier"), orders.Str("engine"), orders.Prop("port").AsNumber));
        var ledger = result.Single("Ledger");
        Assert.Equal((ResourceKinds.Database, "ledger", "mysql", 3307.0),
            (ledger.Kind, ledger.Str("identifier"), ledger.Str("engine"), ledger.Prop("port").AsNumber));
    }

    [Fact]
    public void EveryConfiguration_IsLinkedToEveryDatabaseOfTheTemplate()
    {
        var result = Cfn.Collect(Cfn.Template("""
              Orders:
                Type: AWS::RDS::DBCluster
                Properties: { Engine: aurora-mysql }
              Ledger:
                Type: AWS::RDS::DBInstance
                Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro }

            """ + ByIp));
        Assert.Equal([$"{Cfn.File}#Ledger", $"{Cfn.File}#Orders"], result.Single("ByIp").Targets("nearbyDatabases").Order());
    }

    [Fact]
    public void NoDatabase_NoEdge()
    {
        var result = Cfn.Collect(Cfn.Template(ByIp));
        Assert.Empty(result.Single("ByIp").Targets("nearbyDatabases"));
    }

    [Fact]
    public void DatabaseWhoseConditionIsFalse_IsNotBesideTheConfiguration()
    {
        var result = Cfn.Collect(Cfn.Template("""
              Orders:
                Type: AWS::RDS::DBCluster
                Condition: Never
                Properties: { Engine: aurora-mysql }

            """ + ByIp, "Conditions:\n  Never: !Equals [a, b]\n"));
        Assert.DoesNotContain(result.Resources, r => r.Kind == ResourceKinds.Database);
        Assert.Empty(result.Single("ByIp").Targets("nearbyDatabases"));
    }

    [Fact]
    public void ManyDatabases_EachConfigurationLinksTheFirstFive()
    {
        var databases = string.Concat(Enumerable.Range(0, 40).Select(i => $"  Db{i:00}:\n    Type: AWS::RDS::DBInstance\n    Properties: {{ Engine: postgres }}\n"));
        var configurations = string.Concat(Enumerable.Range(0, 40).Select(i =>
            $"  Cfg{i:00}:\n    Type: AWS::VpcLattice::ResourceConfiguration\n    Properties: {{ Name: c{i}, ResourceGatewayId: rgw-0123456789abcdef0, ResourceConfigurationDefinition: {{ IpResource: 10.0.0.{i} }} }}\n"));
        var result = Cfn.Collect(Cfn.Template(databases + configurations));
        Assert.All(result.Resources.Where(r => r.Kind == ResourceKinds.ResourceConfiguration),
            r => Assert.Equal(Enumerable.Range(0, 5).Select(i => $"{Cfn.File}#Db{i:00}"), r.Targets("nearbyDatabases")));
    }
}
