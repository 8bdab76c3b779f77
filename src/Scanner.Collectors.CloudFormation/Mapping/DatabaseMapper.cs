using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// <c>AWS::RDS::DBInstance</c> and <c>AWS::RDS::DBCluster</c> (Aurora) → <c>database</c>: the identifier, engine and
/// port, so that a resource configuration declared beside it (<c>nearbyDatabases</c>) that targets an IP address can
/// be recognised as standing for a database.
/// </summary>
internal sealed class DatabaseMapper(string cfnType, string identifierProperty) : IKindMapper
{
    public static readonly DatabaseMapper Instance = new("AWS::RDS::DBInstance", "DBInstanceIdentifier");
    public static readonly DatabaseMapper Cluster = new("AWS::RDS::DBCluster", "DBClusterIdentifier");

    public static bool IsDatabase(string cfnType) => cfnType == Instance.CfnType || cfnType == Cluster.CfnType;

    public string CfnType => cfnType;
    public string Kind => ResourceKinds.Database;

    public void Map(ResourceContext c)
    {
        c.SetText(identifierProperty, DatabaseProperties.Identifier);
        c.SetText("Engine", DatabaseProperties.Engine);
        c.SetNumber("Port", DatabaseProperties.Port);
    }
}
