namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>The CloudFormation types the collector models, by type name. Other types are not inventory resources.</summary>
internal sealed class KindMappers
{
    private readonly Dictionary<string, IKindMapper> _byType;

    public KindMappers(SecurityGroupRuleAttachments attachments)
    {
        IKindMapper[] all =
        [
            new ResourceGatewayMapper(), new ResourceConfigurationMapper(), new ServiceNetworkMapper(),
            new ServiceNetworkVpcAssociationMapper(), new ServiceNetworkResourceAssociationMapper(),
            new AccessLogSubscriptionMapper(), new AuthPolicyMapper(), new ResourcePolicyMapper(),
            new ResourceShareMapper(), new VpcEndpointMapper(), new SecurityGroupMapper(attachments),
            new ServiceMapper(), new ServiceNetworkServiceAssociationMapper(),
        ];
        _byType = all.ToDictionary(m => m.CfnType, StringComparer.Ordinal);
        KindsByType = all.ToDictionary(m => m.CfnType, m => m.Kind, StringComparer.Ordinal);
    }

    /// <summary>CloudFormation type → inventory kind, for checking which references a relation accepts.</summary>
    public IReadOnlyDictionary<string, string> KindsByType { get; }

    public IKindMapper? For(string cfnType) => _byType.GetValueOrDefault(cfnType);
}
