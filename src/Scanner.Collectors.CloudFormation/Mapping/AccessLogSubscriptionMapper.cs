using Scanner.Collectors.CloudFormation.Resolution;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;

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
        ["AWS::S3::Bucket"] = AccessLogDestinations.S3,
        ["AWS::Logs::LogGroup"] = AccessLogDestinations.Logs,
        ["AWS::KinesisFirehose::DeliveryStream"] = AccessLogDestinations.Firehose,
    };

    public string CfnType => "AWS::VpcLattice::AccessLogSubscription";
    public string Kind => ResourceKinds.AccessLogSubscription;

    public void Map(ResourceContext c)
    {
        c.SetRelatedText("ResourceIdentifier", AccessLogSubscriptionProperties.ResourceId, AccessLogSubscriptionRelations.Target);
        var p = c.Read("DestinationArn", AccessLogSubscriptionProperties.DestinationArn);
        var arn = c.Text(p);
        c.Properties.Set(AccessLogSubscriptionProperties.DestinationArn, arn);
        if (p is not null && arn is not null)
        {
            var targetType = p.Trace.Resources.Select(id => c.Resolver.ResourceType(id)).OfType<string>()
                .Select(t => DestinationTypes.GetValueOrDefault(t)).FirstOrDefault(t => t is not null);
            if (arn.IsString)
            {
                var (type, account) = AccessLogDestinations.Describe(arn);
                c.Properties.Set(AccessLogSubscriptionProperties.DestinationType, type);
                c.Properties.Set(AccessLogSubscriptionProperties.DestinationAccountId, account);
            }
            else
            {
                var type = ArnPattern.Service(p.Node, c.Resolver) ?? targetType;
                c.Properties.Set(AccessLogSubscriptionProperties.DestinationType, type is null ? Value.Unknown : Value.From(type));
                c.Properties.Set(AccessLogSubscriptionProperties.DestinationAccountId, AccessLogDestinations.AccountOf(type, TemplateArnAccounts.Of(p, arn, c)));
            }
        }
        c.SetText("ServiceNetworkLogType", AccessLogSubscriptionProperties.ServiceNetworkLogType);
    }
}
