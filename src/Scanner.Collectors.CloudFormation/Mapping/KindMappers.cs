namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>The CloudFormation types the collector models, by type name. Other types are not inventory resources.</summary>
internal sealed class KindMappers
{
    private readonly Dictionary<string, IKindMapper> _byType;

    /// <param name="attachments">Security-group rules declared as resources of their own, by the group they attach to.</param>
    /// <param name="databaseLogicalIds">The template's RDS/Aurora databases, linked to every resource configuration as <c>nearbyDatabases</c>.</param>
    public KindMappers(SecurityGroupRuleAttachments attachments, IReadOnlyList<string> databaseLogicalIds)
    {
        IKindMapper[] all =
        [
            new ResourceGatewayMapper(), new ResourceConfigurationMapper(databaseLogicalIds), new ServiceNetworkMapper(),
            new ServiceNetworkVpcAssociationMapper(), new ServiceNetworkResourceAssociationMapper(),
            new AccessLogSubscriptionMapper(), new AuthPolicyMapper(), new ResourcePolicyMapper(),
            new ResourceShareMapper(), new VpcEndpointMapper(), new SecurityGroupMapper(attachments),
            new ServiceMapper(), new ServiceNetworkServiceAssociationMapper(), DatabaseMapper.Instance, DatabaseMapper.Cluster,
        ];
        _byType = all.ToDictionary(m => m.CfnType, StringComparer.Ordinal);
        KindsByType = all.ToDictionary(m => m.CfnType, m => m.Kind, StringComparer.Ordinal);
    }

    private static readonly HashSet<string> ReadTypes =
    [
        .. new KindMappers(SecurityGroupRuleAttachments.None, []).KindsByType.Keys,
        SecurityGroupRuleAttachments.IngressType, SecurityGroupRuleAttachments.EgressType,
    ];

    /// <summary>
    /// True for the types whose properties the scan reads: the mapped types and the security-group rules attached to
    /// mapped groups. Of the other resources only the logical id, type and condition matter.
    /// </summary>
    public static bool Reads(string cfnType) => ReadTypes.Contains(cfnType);

    /// <summary>CloudFormation type → inventory kind, for checking which references a relation accepts.</summary>
    public IReadOnlyDictionary<string, string> KindsByType { get; }

    public IKindMapper? For(string cfnType) => _byType.GetValueOrDefault(cfnType);
}
