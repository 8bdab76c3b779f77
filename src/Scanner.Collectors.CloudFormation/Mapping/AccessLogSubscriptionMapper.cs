using Scanner.Collectors.CloudFormation.Resolution;
using Scanner.Core.Aws;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// <c>AWS::VpcLattice::AccessLogSubscription</c> → <c>access_log_subscription</c>. The destination type (s3,
/// logs, firehose) comes from the ARN's service, which is often known even when the ARN is not (a <c>Fn::Sub</c>
/// with the region), or from the type of the template resource the ARN points at (a bucket, log group or stream).
/// </summary>
internal sealed class AccessLogSubscriptionMapper : IKindMapper
{
    private static readonly Dictionary<string, string> DestinationTypes = new(StringComparer.Ordinal)
    {
        ["AWS::S3::Bucket"] = "s3",
        ["AWS::Logs::LogGroup"] = "logs",
        ["AWS::KinesisFirehose::DeliveryStream"] = "firehose",
    };

    public string CfnType => "AWS::VpcLattice::AccessLogSubscription";
    public string Kind => ResourceKinds.AccessLogSubscription;

    public void Map(ResourceContext c)
    {
        c.SetRelatedText("ResourceIdentifier", "resourceId", "target");
        var p = c.Read("DestinationArn", "destinationArn");
        var arn = c.Text(p);
        c.Properties.Set("destinationArn", arn);
        if (p is not null && arn is not null)
        {
            var targetType = p.Trace.Resources.Select(id => c.Resolver.ResourceType(id)).OfType<string>()
                .Select(t => DestinationTypes.GetValueOrDefault(t)).FirstOrDefault(t => t is not null);
            var service = arn.IsString ? Arn.TryParse(arn.AsString)?.Service : ArnPattern.Service(p.Node, c.Resolver);
            var type = service ?? targetType;
            c.Properties.Set("destinationType", type is null ? Value.Unknown : Value.From(type));
            c.Properties.Set("destinationAccountId", type == "s3" ? null : ArnAccounts.Of(p, arn, c));
        }
        c.SetText("ServiceNetworkLogType", "serviceNetworkLogType");
    }
}
