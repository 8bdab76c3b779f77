using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>access_log_subscription</c>.</summary>
public static class AccessLogSubscriptionProperties
{
    public static PropertySchema ResourceId { get; } = Declare.String("Logged resource id or ARN.");
    public static PropertySchema DestinationArn { get; } = Declare.String("Destination (S3 bucket, CloudWatch log group, Firehose stream).");
    public static PropertySchema DestinationType { get; } = Declare.String("s3, logs or firehose.");
    public static PropertySchema DestinationAccountId { get; } = Declare.String("Destination account, when its ARN names one (S3 ARNs do not).");
    public static PropertySchema ServiceNetworkLogType { get; } = Declare.String("SERVICE or RESOURCE.");

    public static IReadOnlyList<PropertySchema> All { get; } = [ResourceId, DestinationArn, DestinationType, DestinationAccountId, ServiceNetworkLogType];
}

/// <summary>The relations of <c>access_log_subscription</c>.</summary>
public static class AccessLogSubscriptionRelations
{
    public static RelationSchema Target { get; } = Declare.ToOne("The logged resource.", [K.ResourceConfiguration, K.ServiceNetwork, K.Service]);

    public static IReadOnlyList<RelationSchema> All { get; } = [Target];
}
