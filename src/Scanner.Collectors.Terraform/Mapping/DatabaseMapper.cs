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
        var databases = NearbyDatabases.Pick(drafts.Where(d => d.Kind == ResourceKinds.Database).Select(d => d.Key));
        if (databases.Count == 0) return;
        foreach (var configuration in drafts.Where(d => d.Kind == ResourceKinds.ResourceConfiguration))
            foreach (var database in databases)
                configuration.AddReference(ResourceConfigurationRelations.NearbyDatabases, database);
    }
}
