using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>database</c>.</summary>
public static class DatabaseProperties
{
    public static PropertySchema Identifier { get; } = Declare.String("DB instance or cluster identifier, when the source names it.");
    public static PropertySchema Engine { get; } = Declare.String("Engine (aurora-postgresql, mysql, postgres, …).");
    public static PropertySchema Port { get; } = Declare.Number("Port the database listens on, when the source sets it.");

    public static IReadOnlyList<PropertySchema> All { get; } = [Identifier, Engine, Port];
}

/// <summary>The relations of <c>database</c>.</summary>
public static class DatabaseRelations
{
    public static RelationSchema NearbyConfigurations { get; } =
        Declare.Inverse("Resource configurations declared beside it.", K.ResourceConfiguration, ResourceConfigurationRelations.NearbyDatabases);

    public static IReadOnlyList<RelationSchema> All { get; } = [NearbyConfigurations];
}
