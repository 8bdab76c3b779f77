using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;
using static Scanner.Collectors.Terraform.Mapping.Attributes;
using T = Scanner.Collectors.Terraform.Mapping.TerraformTypes;

namespace Scanner.Collectors.Terraform.Mapping;

/// <summary>
/// Maps <c>aws_db_instance</c> and <c>aws_rds_cluster</c> (Aurora) to <c>database</c>, and links every resource
/// configuration of the plan to the databases it declares (<c>nearbyDatabases</c>): a configuration that targets an
/// IP address beside a database in the same plan most likely stands for that database (the first
/// <see cref="NearbyDatabases.Limit"/> of them).
/// </summary>
internal static class DatabaseMapper
{
    public static void Map(ResourceDraft d)
    {
        var a = d.After;
        d.Set(DatabaseProperties.Identifier, Scalar(a, d.Source.Type == T.RdsCluster ? "cluster_identifier" : "identifier"));
        d.Set(DatabaseProperties.Engine, Scalar(a, "engine"));
        d.Set(DatabaseProperties.Port, Number(a, "port"));
    }

    public static void LinkNearby(IReadOnlyList<ResourceDraft> drafts)
    {
        // Plain loops: a Where/Select chain resolves generic virtual methods at run time in the native binary.
        var databases = NearbyDatabases.Pick(DatabaseKeys(drafts));
        if (databases.Count == 0) return;
        foreach (var configuration in drafts)
        {
            if (configuration.Kind != ResourceKinds.ResourceConfiguration) continue;
            foreach (var database in databases)
                configuration.AddReference(ResourceConfigurationRelations.NearbyDatabases, database);
        }
    }

    private static IEnumerable<string> DatabaseKeys(IReadOnlyList<ResourceDraft> drafts)
    {
        foreach (var d in drafts)
            if (d.Kind == ResourceKinds.Database) yield return d.Key;
    }
}
